package io.github.quarkmcp.runtime.protocol;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.runtime.tools.InvalidArgumentsException;
import io.github.quarkmcp.runtime.tools.RegisteredTool;
import io.github.quarkmcp.runtime.tools.ToolExecutor;
import io.github.quarkmcp.runtime.tools.ToolRegistry;

/**
 * The MCP methods, once for every transport. A transport hands over each well-formed message with its
 * {@link MessageContext}; a request is answered exactly once on its {@link RequestStream}.
 */
public final class McpDispatcher {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class);
    private static final String EMPTY_RESULT = "{}";

    private final ToolRegistry tools;
    private final ToolExecutor executor;
    private final ServerDescription server;
    private final LogLevel defaultLogLevel;
    private final ProgressSettings progress;
    private final int maxCallsPerSession;

    /** Refusal of a call because the session has too many running (a server error in JSON-RPC's reserved range). */
    static final int SERVER_BUSY = -32000;

    public McpDispatcher(ToolRegistry tools, ToolExecutor executor, ServerDescription server, LogLevel defaultLogLevel,
            ProgressSettings progress, int maxCallsPerSession) {
        this.tools = tools;
        this.executor = executor;
        this.server = server;
        this.defaultLogLevel = defaultLogLevel;
        this.progress = progress;
        this.maxCallsPerSession = maxCallsPerSession;
    }

    /** Handles a request; its response, and anything sent before it, goes to {@code stream}. */
    public void request(MessageContext context, JsonRpcMessage request, RequestStream stream) {
        try {
            switch (request.method()) {
                case "initialize":
                    initialize(context, request, stream);
                    break;
                case "ping":
                    stream.respond(JsonRpc.result(request.id(), EMPTY_RESULT));
                    break;
                case "tools/list":
                    listTools(request, stream);
                    break;
                case "tools/call":
                    callTool(context, request, stream);
                    break;
                case "logging/setLevel":
                    setLogLevel(context, request, stream);
                    break;
                default:
                    throw new JsonRpcException(request.id(), JsonRpc.METHOD_NOT_FOUND,
                            "Method not found: " + request.method());
            }
        } catch (JsonRpcException e) {
            stream.respond(e.toResponse());
        }
    }

    /** Handles a notification; there is nothing to answer, whatever it says. */
    public void notification(MessageContext context, JsonRpcMessage notification) {
        switch (notification.method()) {
            case "notifications/initialized":
                break;
            case "notifications/cancelled":
                cancel(context, notification);
                break;
            default:
                LOG.debugf("Ignoring notification %s", notification.method());
        }
    }

    /**
     * Cancels a running call, or one still on its way (see {@link McpSession#cancel}). Ids that are finished or
     * malformed are ignored, as the spec says; only {@code tools/call} is ever tracked, so {@code initialize} cannot
     * be cancelled.
     */
    private void cancel(MessageContext context, JsonRpcMessage notification) {
        JsonNode requestId = notification.params().get("requestId");
        if (context.session() != null && requestId != null && (requestId.isTextual() || requestId.isIntegralNumber())) {
            LOG.debugf("Request %s cancelled by the client: %s", requestId,
                    notification.params().path("reason").asText("no reason given"));
            context.session().cancel(JsonRpc.idJson(requestId));
        }
    }

    private void initialize(MessageContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode requested = request.params().get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: initialize needs \"protocolVersion\" (a string)");
        }
        JsonNode capabilities = request.params().get("capabilities");
        if (capabilities != null && !capabilities.isObject()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"capabilities\" must be an object");
        }
        String version = ProtocolVersion.negotiate(requested.asText());
        if (context.session() != null) {
            context.session().initialize(version);
        }
        stream.respond(JsonRpc.result(request.id(), server.initializeResult(version)));
    }

    private void listTools(JsonRpcMessage request, RequestStream stream) {
        JsonNode cursor = request.params().get("cursor");
        if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: \"cursor\" must be a string");
        }
        String page = tools.page(cursor == null || cursor.isNull() ? null : cursor.asText());
        if (page == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: unknown cursor");
        }
        stream.respond(JsonRpc.result(request.id(), page));
    }

    private void callTool(MessageContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        JsonNode name = request.params().get("name");
        if (name == null || !name.isTextual()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: tools/call needs \"name\" (a string)");
        }
        RegisteredTool tool = tools.find(name.asText());
        if (tool == null) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Unknown tool: " + name.asText());
        }
        JsonNode arguments = request.params().get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"arguments\" must be an object");
        }
        JsonNode token = request.params().path("_meta").get("progressToken");
        if (token != null && !token.isNull() && !(token.isTextual() || token.isIntegralNumber())) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"progressToken\" must be a string or an integer");
        }
        ToolCallContext toolContext = new ToolCallContext(id, context.session(),
                token == null || token.isNull() ? null : token, stream, defaultLogLevel, progress);
        ObjectNode argumentsObject = arguments instanceof ObjectNode ? (ObjectNode) arguments : JsonRpcMessage.NO_PARAMS;
        McpSession session = context.session();
        // The id as JSON text, written once: the key the call is tracked by and the id of its response.
        String idJson = JsonRpc.idJson(id);
        if (session != null) {
            switch (session.admit(idJson, toolContext, maxCallsPerSession)) {
                case BUSY:
                    throw new JsonRpcException(id, SERVER_BUSY, "Server busy: this session already has "
                            + maxCallsPerSession
                            + " calls in progress (quarkus.mcp.session.max-concurrent-calls); wait for one to finish");
                case DUPLICATE_ID:
                    throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST,
                            "Invalid request: a request with id " + idJson + " is already in progress in this session");
                case CANCELLED:
                    // Its cancellation overtook it: the client has given up on it, so the tool does not run at all
                    // (it might have side effects the client no longer wants), and, as for any cancelled call, no
                    // response is sent.
                    LOG.debugf("Request %s was cancelled before it arrived", idJson);
                    toolContext.cancel();
                    return;
                default:
                    break;
            }
        }
        executor.call(tool, argumentsObject, toolContext).whenComplete((result, failure) -> {
            if (session != null) {
                session.untrack(idJson, toolContext);
            }
            if (failure == null) {
                stream.respond(JsonRpc.result(idJson, result));
                return;
            }
            Throwable cause = ToolExecutor.cause(failure);
            if (cause instanceof InvalidArgumentsException) {
                stream.respond(ProtocolVersion.reportsInvalidArgumentsAsToolError(context.protocolVersion())
                        ? JsonRpc.result(id, executor.errorResult(cause.getMessage()))
                        : JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + cause.getMessage()));
            } else {
                LOG.errorf(cause, "Tool %s could not be run", tool.name());
                stream.respond(JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, "Internal error: the tool could not be run"));
            }
        });
    }

    private void setLogLevel(MessageContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode level = request.params().get("level");
        LogLevel parsed = level != null && level.isTextual() ? LogLevel.fromWireName(level.asText()).orElse(null) : null;
        if (parsed == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"level\" must be one of debug, info, notice, warning, error, critical, alert, emergency");
        }
        if (context.session() != null) {
            context.session().setLogLevel(parsed);
        }
        stream.respond(JsonRpc.result(request.id(), EMPTY_RESULT));
    }
}
