package io.github.quarkmcp.it;

import org.jboss.logging.MDC;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What an application's own HTTP filter puts on a request, as a tracing or logging filter would: a Vert.x context
 * local and an MDC entry, set before the MCP endpoint handles the POST. {@link ExecutionTools}'s {@code context_*}
 * tools tell whether the tool's code sees them. The other way round, the filter reports what a tool left on the
 * request's context in the response header {@value #WRITTEN_BY_A_TOOL_HEADER}, as a filter that logs the request's
 * outcome would read it.
 */
@ApplicationScoped
public class RequestTags {

    /** The context local and the MDC key the filter sets: the request's method and path. */
    public static final String TAG = "it.request-tag";
    public static final String WRITTEN_BY_A_TOOL_HEADER = "X-Written-By-A-Tool";

    void tagMcpPosts(@Observes Router router) {
        router.route("/mcp").order(-1000).handler(routing -> {
            String tag = routing.request().method() + " " + routing.request().path();
            Context request = Vertx.currentContext();
            request.putLocal(TAG, tag);
            MDC.put(TAG, tag);
            routing.response().headersEndHandler(ignored -> {
                Object written = request.getLocal(ExecutionTools.WRITTEN_BY_A_TOOL);
                if (written != null) {
                    routing.response().putHeader(WRITTEN_BY_A_TOOL_HEADER, written.toString());
                }
            });
            routing.next();
        });
    }
}
