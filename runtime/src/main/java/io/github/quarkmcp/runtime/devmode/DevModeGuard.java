package io.github.quarkmcp.runtime.devmode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.quarkus.dev.console.DevConsoleManager;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev mode: checks for edited sources before Quarkus's own dev-mode handler would, so that an edit that breaks the
 * build reaches MCP clients as JSON-RPC errors instead of Quarkus's HTML error page, which no MCP client can read.
 * The requests of a Streamable HTTP POST are each answered with the error; a WebSocket handshake (and any other
 * request) is refused with status 500 and the error. Messages on an open WebSocket make the same check themselves.
 * <p>
 * It is routed on the MCP paths only, with the order of Quarkus's handler, and runs first because Vert.x keeps
 * routes of equal order in the order they were added and Quarkus adds its handler last, when it finalizes the
 * router. Then it does what that handler does: if the check reloaded the application, the request is handed to the
 * new one (this route belongs to the old one); otherwise it goes on its way to the MCP endpoint. Either way it
 * carries the header by which Quarkus marks a request whose check is done, so that Quarkus's handler does not check
 * again on its own schedule, and answer a broken build with its HTML page after all; only while a reload that
 * Quarkus started is running does the request go without it, so that Quarkus's handler makes it wait. (Quarkus
 * re-creates its worker pool before the restart, since this check does not run on one of its threads.)
 */
public final class DevModeGuard implements Handler<RoutingContext> {

    /** Quarkus's mark of a request already checked (a private constant of its VertxHttpHotReplacementSetup). */
    private static final String CHECKED = "x-quarkus-hot-deployment-done";

    /** How the MCP endpoint answers every request of an HTTP exchange with one error (it speaks the protocol). */
    @FunctionalInterface
    public interface ErrorAnswer {
        void answerAllWithError(HttpServerRequest request, int code, String message);
    }

    private final ErrorAnswer endpoint;

    public DevModeGuard(ErrorAnswer endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(RoutingContext routing) {
        // The request stays paused (Quarkus pauses every request) until whoever handles it reads the body.
        HttpServerRequest request = routing.request();
        if (request.headers().contains(CHECKED)) { // handed over by the guard of the application before this one
            routing.next();
            return;
        }
        Object application = VertxHttpRecorder.getCurrentApplicationState();
        Context context = Vertx.currentContext();
        DevModeReload.scan().whenComplete((problem, failure) -> context.runOnContext(ignored -> {
            try {
                Throwable cause = problem != null ? problem : failure;
                if (cause != null) {
                    endpoint.answerAllWithError(request, JsonRpc.INTERNAL_ERROR, DevModeReload.describe(cause));
                    return;
                }
                if (application != VertxHttpRecorder.getCurrentApplicationState()) {
                    request.headers().set(CHECKED, "true");
                    VertxHttpRecorder.getRootHandler().handle(request);
                    return;
                }
                // While a reload that Quarkus started is running, its handler makes the request wait for it.
                if (!DevConsoleManager.isDoingHttpInitiatedReload()) {
                    request.headers().set(CHECKED, "true");
                }
                routing.next();
            } catch (RuntimeException e) {
                if (!request.response().headWritten()) {
                    routing.fail(e);
                }
            }
        }));
    }
}
