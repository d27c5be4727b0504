package io.github.quarkmcp.runtime.protocol;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.invocation.InvalidArgumentsException;
import io.github.quarkmcp.runtime.resources.ResourceReader;
import io.github.quarkmcp.runtime.resources.ResourceRegistry;

/**
 * {@code resources/list}, {@code resources/templates/list}, {@code resources/read} (both eras) and
 * {@code resources/subscribe}/{@code unsubscribe} (2025). A read runs user code like a tool call: with its
 * {@code McpContext}, progress, logs and cancellation.
 */
final class ResourceRequests {

    private static final Logger LOG = Logger.getLogger(ResourceRequests.class);
    /** Resource not found in 2025 (2026-07-28 uses {@code -32602}, SEP-2164). */
    static final int RESOURCE_NOT_FOUND = -32002;

    private final ResourceRegistry resources;
    private final ResourceReader reader;
    private final ServerDescription server;
    private final Calls calls;

    ResourceRequests(ResourceRegistry resources, ResourceReader reader, ServerDescription server, Calls calls) {
        this.resources = resources;
        this.reader = reader;
        this.server = server;
        this.calls = calls;
    }

    void list(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        respondPage(context, request, stream, resources.page(Lists.cursor(request)));
    }

    void listTemplates(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        respondPage(context, request, stream, resources.templatesPage(Lists.cursor(request)));
    }

    private void respondPage(RequestContext context, JsonRpcMessage request, RequestStream stream, String page) {
        if (page == null) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: unknown cursor");
        }
        stream.respond(JsonRpc.result(request.id(), context.modern()
                ? server.list(page, server.offered().resourcesListChanged()) : page));
    }

    void read(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        JsonNode id = request.id();
        String uri = uri(request);
        ResourceRegistry.Read read = resources.find(uri);
        if (read == null) {
            throw notFound(context, id, uri);
        }
        calls.run(context, request, stream, call -> reader.read(read, call), failure -> {
            if (failure instanceof InvalidArgumentsException || failure instanceof ResourceReader.NotFoundException) {
                // A template's variable that does not convert to its parameter, or a method that found nothing.
                return notFound(context, id, uri);
            }
            // The cause goes to the log, not to the client: it may say more about the server than a client should read.
            LOG.errorf(failure, "Resource %s could not be read", uri);
            return new JsonRpcException(id, JsonRpc.INTERNAL_ERROR, "Internal error: the resource could not be read");
        }, result -> context.modern() ? server.read(result) : result);
    }

    void subscribe(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        String uri = uri(request);
        if (context.session() != null && !context.session().subscribe(uri)) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_REQUEST, "Invalid request: this session already"
                    + " subscribes to " + McpSession.MAX_RESOURCE_SUBSCRIPTIONS + " resources; unsubscribe from some first");
        }
        stream.respond(JsonRpc.result(request.id(), "{}"));
    }

    void unsubscribe(RequestContext context, JsonRpcMessage request, RequestStream stream) {
        String uri = uri(request);
        if (context.session() != null) {
            context.session().unsubscribe(uri);
        }
        stream.respond(JsonRpc.result(request.id(), "{}"));
    }

    private static String uri(JsonRpcMessage request) {
        JsonNode uri = request.params().get("uri");
        if (uri == null || !uri.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: " + request.method() + " needs \"uri\" (a string)");
        }
        return uri.asText();
    }

    /** Resource not found: {@code -32002} in 2025, {@code -32602} in 2026-07-28; the URI in {@code data} either way. */
    private static JsonRpcException notFound(RequestContext context, JsonNode id, String uri) {
        return new JsonRpcException(id, context.modern() ? JsonRpc.INVALID_PARAMS : RESOURCE_NOT_FOUND,
                "Resource not found: " + uri, "{\"uri\":" + JsonRpc.quote(uri) + "}");
    }
}
