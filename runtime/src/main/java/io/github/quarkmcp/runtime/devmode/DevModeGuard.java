package io.github.quarkmcp.runtime.devmode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.transport.http.StreamableHttpHandler;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev mode: picks up edited sources before Quarkus's own dev-mode handler would, so that an edit that breaks the
 * build reaches MCP clients as JSON-RPC errors instead of Quarkus's HTML error page, which no MCP client can read.
 * The requests of a Streamable HTTP POST are each answered with the error; a WebSocket handshake (and any other
 * request) is refused with status 500 and the error. Messages on an open WebSocket make the same check themselves.
 * <p>
 * It is routed on the MCP paths only, with the order of Quarkus's handler and added before it, so it runs first.
 * Then it does what that handler does: if the check reloaded the application, the request is handed to the new one
 * (this route belongs to the old one); if nothing changed, the request goes on its way, through Quarkus's handler,
 * which finds nothing new, to the MCP endpoint.
 */
public final class DevModeGuard implements Handler<RoutingContext> {

    private final StreamableHttpHandler endpoint;

    public DevModeGuard(StreamableHttpHandler endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(RoutingContext routing) {
        // The request stays paused (Quarkus pauses every request) until whoever handles it reads the body.
        Object application = VertxHttpRecorder.getCurrentApplicationState();
        Context context = Vertx.currentContext();
        DevModeReload.scan().whenComplete((problem, failure) -> context.runOnContext(ignored -> {
            Throwable cause = problem != null ? problem : failure;
            if (cause != null) {
                endpoint.failAll(routing.request(), JsonRpc.INTERNAL_ERROR, DevModeReload.describe(cause));
            } else if (application != VertxHttpRecorder.getCurrentApplicationState()) {
                VertxHttpRecorder.getRootHandler().handle(routing.request());
            } else {
                routing.next();
            }
        }));
    }
}
