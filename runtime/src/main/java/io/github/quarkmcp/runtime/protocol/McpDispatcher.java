package io.github.quarkmcp.runtime.protocol;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.runtime.invocation.InvalidArgumentsException;
import io.github.quarkmcp.runtime.invocation.MethodCaller;
import io.github.quarkmcp.runtime.tools.RegisteredTool;
import io.github.quarkmcp.runtime.tools.ToolExecutor;
import io.github.quarkmcp.runtime.tools.ToolRegistry;

/**
 * The MCP methods, once for every transport and both eras. A transport hands over each well-formed message with its
 * {@link RequestContext}; a request is answered exactly once on its {@link RequestStream}. Which method exists in
 * which era is {@link McpMethod}'s to say; a modern result gets its {@code resultType} and {@code _meta} here.
 */
public final class McpDispatcher {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class);
    private static final String EMPTY_RESULT = "{}";

    private final ToolRegistry tools;
    private final ToolExecutor executor;
    private final ServerDescription server;
    private final Subscriptions subscriptions;
    private final LogLevel defaultLogLevel;
    private final ProgressSettings progress;
    private final int maxCallsPerSession;

    /** Refusal of a call because the session has too many running (a server error in JSON-RPC's reserved range). */
    static final int SERVER_BUSY = -32000;

    public McpDispatcher(ToolRegistry tools, ToolExecutor executor, ServerDescription server,
            Subscriptions subscriptions, LogLevel defaultLogLevel, ProgressSettings progress, int maxCallsPerSession) {
        this.tools = tools;
        this.executor = executor;
        this.server = server;
        this.subscriptions = subscriptions;
        this.defaultLogLevel = defaultLogLevel;
        this.progress = progress;
        this.maxCallsPerSession = maxCallsPerSession;
    }

    /** The tools, for a transport that checks a call against its tool (its HTTP headers). */
    public ToolRegistry tools() {
        return tools;
    }

    /** Handles a request; its response, and anything sent before it, goes to {@code stream}. */
    public void request(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        try {
            McpMethod method = McpMethod.of(request.method(), context);
            if (method == null) {
                throw new JsonRpcException(request.id(), JsonRpc.METHOD_NOT_FOUND, "Method not found: " + request.method()
                        + (context.modern() ? " (in protocol version " + context.protocolVersion() + ")" : ""));
            }
            switch (method) {
                case INITIALIZE:
                    initialize(context, request, stream);
                    break;
                case PING:
                    stream.respond(JsonRpc.result(request.id(), EMPTY_RESULT));
                    break;
                case SERVER_DISCOVER:
                    stream.respond(JsonRpc.result(request.id(), server.discoverResult()));
                    break;
                case TOOLS_LIST:
                    listTools(context, request, stream);
                    break;
                case TOOLS_CALL:
                    callTool(context, request, stream);
                    break;
                case LOGGING_SET_LEVEL:
                    setLogLevel(context, request, stream);
                    break;
                case SUBSCRIPTIONS_LISTEN:
                    listen(context, request, stream);
                    break;
                default:
                    throw new IllegalStateException("No handler for " + method);
            }
        } catch (JsonRpcException e) {
            stream.refuse(e);
        }
    }

    /** Handles a notification; there is nothing to answer, whatever it says. */
    public void notification(RequestContext context, JsonRpcMessage notification) {
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
     * Cancels a running request, or a call still on its way (see {@link McpSession#cancel}). Ids that are finished or
     * malformed are ignored, as the spec says; only {@code tools/call} and {@code subscriptions/listen} are ever
     * tracked, so {@code initialize} cannot be cancelled.
     */
    private void cancel(RequestContext context, JsonRpcMessage notification) {
        JsonNode requestId = notification.params().get("requestId");
        if (context.session() != null && requestId != null && (requestId.isTextual() || requestId.isIntegralNumber())) {
            LOG.debugf("Request %s cancelled by the client: %s", requestId,
                    notification.params().path("reason").asText("no reason given"));
            context.session().cancel(JsonRpc.idJson(requestId));
        }
    }

    private void initialize(RequestContext context, JsonRpcMessage request, RequestStream stream) {
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
        JsonNode clientInfo = request.params().get("clientInfo");
        String version = ProtocolVersion.negotiate(requested.asText());
        if (context.session() != null) {
            context.session().initialize(version, capabilities instanceof ObjectNode ? (ObjectNode) capabilities : null,
                    clientInfo != null && clientInfo.isObject() ? clientInfo : null);
        }
        stream.respond(JsonRpc.result(request.id(), server.initializeResult(version)));
    }

    private void listTools(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode cursor = request.params().get("cursor");
        if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: \"cursor\" must be a string");
        }
        String page = tools.page(cursor == null || cursor.isNull() ? null : cursor.asText());
        if (page == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: unknown cursor");
        }
        stream.respond(JsonRpc.result(request.id(), context.modern() ? server.cacheable(page) : page));
    }

    private void callTool(RequestContext context, JsonRpcMessage request, RequestStream stream) {
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
        JsonNode token = request.params().path(Eras.META).get("progressToken");
        if (token != null && !token.isNull() && !(token.isTextual() || token.isIntegralNumber())) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"progressToken\" must be a string or an integer");
        }
        List<String> missing = missingCapabilities(tool, context);
        if (!missing.isEmpty()) {
            if (context.modern()) {
                throw missingCapabilities(id, tool, missing);
            }
            // 2025 has no error for it: the model reads it as the tool's failure.
            stream.respond(JsonRpc.result(id, executor.errorResult(missingCapabilitiesMessage(tool, missing))));
            return;
        }
        ToolCallContext toolContext = new ToolCallContext(id, context, token == null || token.isNull() ? null : token,
                stream, defaultLogLevel, progress);
        ObjectNode argumentsObject = arguments instanceof ObjectNode ? (ObjectNode) arguments : JsonRpcMessage.NO_PARAMS;
        McpSession session = context.session();
        // The id as JSON text, written once: the key the call is tracked by and the id of its response.
        String idJson = JsonRpc.idJson(id);
        if (!admit(session, idJson, toolContext, id)) {
            // Its cancellation overtook it: the client has given up on it, so the tool does not run at all (it might
            // have side effects the client no longer wants), and, as for any cancelled call, no response is sent.
            toolContext.cancel();
            return;
        }
        if (context.modern()) {
            // 2026-07-28: a client that closes the request's stream has cancelled it.
            stream.whenClientGone(toolContext::cancel);
        }
        executor.call(tool, argumentsObject, toolContext).whenComplete((result, failure) -> {
            if (session != null) {
                session.untrack(idJson, toolContext);
            }
            if (failure == null) {
                stream.respond(JsonRpc.result(idJson, context.modern() ? server.complete(result) : result));
                return;
            }
            Throwable cause = MethodCaller.cause(failure);
            if (cause instanceof InvalidArgumentsException) {
                if (ProtocolVersion.reportsInvalidArgumentsAsToolError(context.protocolVersion())) {
                    String error = executor.errorResult(cause.getMessage());
                    stream.respond(JsonRpc.result(id, context.modern() ? server.complete(error) : error));
                } else {
                    stream.refuse(new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + cause.getMessage()));
                }
            } else {
                LOG.errorf(cause, "Tool %s could not be run", tool.name());
                stream.refuse(new JsonRpcException(id, JsonRpc.INTERNAL_ERROR, "Internal error: the tool could not be run"));
            }
        });
    }

    /**
     * Lets a request in to its session (if it has one), where it is tracked so that it can be cancelled by id:
     * refused when the session runs as many as it may or the id is running already; false when its cancellation came
     * first.
     */
    private boolean admit(McpSession session, String idJson, InFlightRequest request, JsonNode id) {
        if (session == null) {
            return true;
        }
        switch (session.admit(idJson, request, maxCallsPerSession)) {
            case BUSY:
                throw new JsonRpcException(id, SERVER_BUSY, "Server busy: this session already has " + maxCallsPerSession
                        + " calls in progress (quarkus.mcp.session.max-concurrent-calls); wait for one to finish");
            case DUPLICATE_ID:
                throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST,
                        "Invalid request: a request with id " + idJson + " is already in progress in this session");
            case CANCELLED:
                LOG.debugf("Request %s was cancelled before it arrived", idJson);
                return false;
            default:
                return true;
        }
    }

    private static List<String> missingCapabilities(RegisteredTool tool, RequestContext context) {
        List<String> missing = new ArrayList<>();
        for (String capability : tool.metadata().getRequiredClientCapabilities()) {
            if (context.clientCapabilities() == null || !context.clientCapabilities().has(capability)) {
                missing.add(capability);
            }
        }
        return missing;
    }

    private static String missingCapabilitiesMessage(RegisteredTool tool, List<String> missing) {
        return "Tool " + tool.name() + " needs the client capabilit" + (missing.size() == 1 ? "y " : "ies ")
                + String.join(", ", missing) + ", which this client did not declare";
    }

    /** {@code MissingRequiredClientCapabilityError}, whose data names each missing capability. */
    private static JsonRpcException missingCapabilities(JsonNode id, RegisteredTool tool, List<String> missing) {
        StringBuilder required = new StringBuilder("{\"requiredCapabilities\":{");
        for (int i = 0; i < missing.size(); i++) {
            required.append(i > 0 ? "," : "").append(JsonRpc.quote(missing.get(i))).append(":{}");
        }
        return new JsonRpcException(id, JsonRpc.MISSING_REQUIRED_CLIENT_CAPABILITY,
                "Missing required client capability: " + missingCapabilitiesMessage(tool, missing),
                required.append("}}").toString());
    }

    private void setLogLevel(RequestContext context, JsonRpcMessage request, RequestStream stream) {
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

    /**
     * {@code subscriptions/listen}: a stream that stays open for the change notifications the client opted in to,
     * acknowledged first. The server honours {@code toolsListChanged} where it advertises {@code tools.listChanged};
     * the other kinds come with the features that produce them. What it does not honour is left out of the
     * acknowledgement, as the spec asks.
     */
    private void listen(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        JsonNode filter = request.params().get("notifications");
        if (filter != null && !filter.isNull() && !filter.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"notifications\" must be an object");
        }
        JsonNode toolsListChanged = filter == null ? null : filter.get("toolsListChanged");
        if (toolsListChanged != null && !toolsListChanged.isNull() && !toolsListChanged.isBoolean()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"notifications.toolsListChanged\" must be a boolean");
        }
        Subscriptions.Subscription subscription = subscriptions.create(JsonRpc.idJson(id), stream,
                server.toolsListChanged() && toolsListChanged != null && toolsListChanged.asBoolean(), server,
                context.session());
        if (!admit(context.session(), JsonRpc.idJson(id), subscription, id)) {
            subscription.cancel();
            return;
        }
        stream.whenClientGone(subscription::cancel);
        subscription.start();
    }
}
