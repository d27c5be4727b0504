package io.github.quarkmcp.runtime.protocol;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.runtime.completions.CompletionRegistry;
import io.github.quarkmcp.runtime.invocation.InvalidArgumentsException;
import io.github.quarkmcp.runtime.prompts.PromptRegistry;

/**
 * {@code prompts/list}, {@code prompts/get} and {@code completion/complete}, in both eras. Rendering a prompt and
 * completing an argument run user code like a tool call: with its {@code McpContext}.
 */
final class PromptRequests {

    private static final Logger LOG = Logger.getLogger(PromptRequests.class);

    private final PromptRegistry prompts;
    private final CompletionRegistry completions;
    private final ServerDescription server;
    private final Calls calls;

    PromptRequests(PromptRegistry prompts, CompletionRegistry completions, ServerDescription server, Calls calls) {
        this.prompts = prompts;
        this.completions = completions;
        this.server = server;
        this.calls = calls;
    }

    void list(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        String page = prompts.page(Lists.cursor(request));
        if (page == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: unknown cursor");
        }
        stream.respond(JsonRpc.result(request.id(), context.modern()
                ? server.list(page, server.offered().promptsListChanged()) : page));
    }

    void get(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        JsonNode name = request.params().get("name");
        if (name == null || !name.isTextual()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: prompts/get needs \"name\" (a string)");
        }
        PromptRegistry.RegisteredPrompt prompt = prompts.find(name.asText());
        if (prompt == null) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Unknown prompt: " + name.asText());
        }
        ObjectNode arguments = arguments(request, "arguments");
        calls.run(context, request, stream, call -> prompts.render(prompt, arguments, call),
                failure -> refusal(id, failure, "prompt " + name.asText() + " could not be rendered"),
                result -> context.modern() ? server.complete(result) : result);
    }

    void complete(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        JsonNode ref = request.params().get("ref");
        JsonNode argument = request.params().get("argument");
        String refType = ref == null ? null : ref.path("type").asText(null);
        String refName = "ref/prompt".equals(refType) ? ref.path("name").asText(null)
                : "ref/resource".equals(refType) ? ref.path("uri").asText(null) : null;
        if (refName == null) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"ref\" must be {\"type\": \"ref/prompt\","
                    + " \"name\": ...} or {\"type\": \"ref/resource\", \"uri\": ...}");
        }
        if (argument == null || !argument.path("name").isTextual() || !argument.path("value").isTextual()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"argument\" must be {\"name\": \"...\", \"value\": \"...\"}");
        }
        if ("ref/prompt".equals(refType) && prompts.find(refName) == null) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Unknown prompt: " + refName);
        }
        String argumentName = argument.get("name").asText();
        String value = argument.get("value").asText();
        calls.run(context, request, stream, call -> completions.complete(refType, refName, argumentName, value, call),
                failure -> refusal(id, failure, "argument " + argumentName + " could not be completed"),
                result -> context.modern() ? server.complete(result) : result);
    }

    private static ObjectNode arguments(JsonRpcMessage request, String field) {
        JsonNode arguments = request.params().get(field);
        if (arguments == null || arguments.isNull()) {
            return JsonRpcMessage.NO_PARAMS;
        }
        if (!arguments.isObject()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"" + field + "\" must be an object");
        }
        return (ObjectNode) arguments;
    }

    private static JsonRpcException refusal(JsonNode id, Throwable failure, String what) {
        if (failure instanceof InvalidArgumentsException) {
            return new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + failure.getMessage());
        }
        // The cause goes to the log, not to the client: it may say more about the server than a client should read.
        LOG.errorf(failure, "The %s", what);
        return new JsonRpcException(id, JsonRpc.INTERNAL_ERROR, "Internal error: the " + what);
    }
}
