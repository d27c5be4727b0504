package io.github.quarkmcp.runtime.protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.runtime.invocation.InvalidArgumentsException;
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
    private final Calls calls;
    private final ResourceRequests resources;
    private final PromptRequests prompts;
    private final Duration toolTimeout; // null: none

    public McpDispatcher(ServerFeatures features, ServerDescription server, Subscriptions subscriptions,
            LogLevel defaultLogLevel, ProgressSettings progress, AskSettings asking, int maxCallsPerSession,
            Duration toolTimeout) {
        this.toolTimeout = toolTimeout;
        this.tools = features.tools();
        this.executor = features.toolExecutor();
        this.server = server;
        this.subscriptions = subscriptions;
        this.calls = new Calls(progress, asking, server, defaultLogLevel, maxCallsPerSession);
        this.resources = new ResourceRequests(features.resources(), features.resourceReader(), server, calls);
        this.prompts = new PromptRequests(features.prompts(), features.completions(), server, calls);
    }

    /** The tools, for a transport that checks a call against its tool (its HTTP headers). */
    public ToolRegistry tools() {
        return tools;
    }

    /** Handles a request; its response, and anything sent before it, goes to {@code stream}. */
    public void request(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        try {
            McpMethod method = McpMethod.of(request.method(), context);
            if (method != null && !offered(method)) {
                // A method behind a capability the server does not advertise is not found (the schema says so).
                method = null;
            }
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
                case RESOURCES_LIST:
                    resources.list(context, request, stream);
                    break;
                case RESOURCES_TEMPLATES_LIST:
                    resources.listTemplates(context, request, stream);
                    break;
                case RESOURCES_READ:
                    resources.read(context, request, stream);
                    break;
                case RESOURCES_SUBSCRIBE:
                    resources.subscribe(context, request, stream);
                    break;
                case RESOURCES_UNSUBSCRIBE:
                    resources.unsubscribe(context, request, stream);
                    break;
                case PROMPTS_LIST:
                    prompts.list(context, request, stream);
                    break;
                case PROMPTS_GET:
                    prompts.get(context, request, stream);
                    break;
                case COMPLETION_COMPLETE:
                    prompts.complete(context, request, stream);
                    break;
                default:
                    throw new IllegalStateException("No handler for " + method);
            }
        } catch (JsonRpcException e) {
            stream.refuse(e);
        }
    }

    /** Whether the server offers what {@code method} serves: resources, prompts and completions only if it has some. */
    private boolean offered(McpMethod method) {
        ServerDescription.Offered offered = server.offered();
        switch (method) {
            case RESOURCES_LIST:
            case RESOURCES_TEMPLATES_LIST:
            case RESOURCES_READ:
            case RESOURCES_SUBSCRIBE:
            case RESOURCES_UNSUBSCRIBE:
                return offered.resources();
            case PROMPTS_LIST:
            case PROMPTS_GET:
                return offered.prompts();
            case COMPLETION_COMPLETE:
                return offered.completions();
            default:
                return true;
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
     * malformed are ignored, as the spec says; only requests that run user code ({@code tools/call},
     * {@code resources/read}, {@code prompts/get}, {@code completion/complete}) and {@code subscriptions/listen} are
     * ever tracked, so {@code initialize} cannot be cancelled.
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
        String page = tools.page(Lists.cursor(request));
        if (page == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: unknown cursor");
        }
        stream.respond(JsonRpc.result(request.id(), context.modern()
                ? server.list(page, server.offered().toolsListChanged()) : page));
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
        List<String> missing = missingCapabilities(tool, context);
        if (!missing.isEmpty()) {
            if (context.modern()) {
                throw missingCapabilities(id, tool, missing);
            }
            // 2025 has no error for it: the model reads it as the tool's failure.
            stream.respond(JsonRpc.result(id, executor.errorResult(missingCapabilitiesMessage(tool, missing))));
            return;
        }
        ObjectNode argumentsObject = arguments instanceof ObjectNode ? (ObjectNode) arguments : JsonRpcMessage.NO_PARAMS;
        boolean invalidArgumentsAreToolErrors = ProtocolVersion.reportsInvalidArgumentsAsToolError(context.protocolVersion());
        calls.run(context, request, stream, call -> executor.call(tool, argumentsObject, call,
                invalidArgumentsAreToolErrors), failure -> {
            if (failure instanceof InvalidArgumentsException) {
                return new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + failure.getMessage());
            }
            LOG.errorf(failure, "Tool %s could not be run", tool.name());
            return new JsonRpcException(id, JsonRpc.INTERNAL_ERROR, "Internal error: the tool could not be run");
        }, result -> context.modern() ? server.complete(result) : result, timeLimit(tool));
    }

    /** The tool's own time limit, else the global one, else none. */
    private Calls.TimeLimit timeLimit(RegisteredTool tool) {
        long own = tool.metadata().getTimeoutMillis();
        Duration limit = own > 0 ? Duration.ofMillis(own) : toolTimeout;
        if (limit == null) {
            return null;
        }
        return new Calls.TimeLimit(limit.toNanos(), executor.errorResult("Tool " + tool.name() + " did not finish within "
                + limit + " (" + (own > 0 ? "its @Tool(timeout)" : "quarkus.mcp.tools.timeout") + ") and was cancelled"));
    }

    private static List<String> missingCapabilities(RegisteredTool tool, RequestContext context) {
        if (tool.metadata().getRequiredClientCapabilities().isEmpty()) {
            return List.of(); // most tools need nothing of the client: no list for them on every call
        }
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
     * acknowledged first. The server honours a list's changes where it advertises that the list can change, and
     * resource updates where it has resources; what it does not honour is left out of the acknowledgement, as the
     * spec asks.
     */
    private void listen(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        JsonNode filter = request.params().get("notifications");
        if (filter != null && !filter.isNull() && !filter.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"notifications\" must be an object");
        }
        // Every flag is checked, then what the server honours is kept: the same request is valid on any server.
        boolean tools = flag(filter, "toolsListChanged", id);
        boolean prompts = flag(filter, "promptsListChanged", id);
        boolean resources = flag(filter, "resourcesListChanged", id);
        Set<String> uris = uris(filter, id);
        ServerDescription.Offered offered = server.offered();
        Subscriptions.Filter honoured = new Subscriptions.Filter(offered.toolsListChanged() && tools,
                offered.prompts() && offered.promptsListChanged() && prompts,
                offered.resources() && offered.resourcesListChanged() && resources,
                offered.resources() ? uris : Set.of());
        Subscriptions.Subscription subscription = subscriptions.create(JsonRpc.idJson(id), stream, honoured, server,
                context.session());
        if (!calls.admit(context.session(), JsonRpc.idJson(id), subscription, id)) {
            subscription.cancel();
            return;
        }
        stream.whenClientGone(subscription::cancel);
        subscription.start();
    }

    private static boolean flag(JsonNode filter, String name, JsonNode id) {
        JsonNode value = filter == null ? null : filter.get(name);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"notifications." + name
                    + "\" must be a boolean");
        }
        return value != null && value.asBoolean();
    }

    private static Set<String> uris(JsonNode filter, JsonNode id) {
        JsonNode value = filter == null ? null : filter.get("resourceSubscriptions");
        if (value == null || value.isNull()) {
            return Set.of();
        }
        if (!value.isArray() || value.size() > McpSession.MAX_RESOURCE_SUBSCRIPTIONS) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"notifications.resourceSubscriptions\""
                    + " must be an array of at most " + McpSession.MAX_RESOURCE_SUBSCRIPTIONS + " URIs");
        }
        Set<String> uris = new LinkedHashSet<>();
        for (JsonNode uri : value) {
            if (!uri.isTextual()) {
                throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                        "Invalid params: \"notifications.resourceSubscriptions\" must hold URIs (strings)");
            }
            uris.add(uri.asText());
        }
        return uris;
    }
}
