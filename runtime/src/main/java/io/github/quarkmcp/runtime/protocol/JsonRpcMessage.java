package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One JSON-RPC message received from a client, classified.
 *
 * @param id the request's id exactly as sent (string or integer), {@code null} for a notification
 * @param method the method, {@code null} for a response
 * @param params the params object, never {@code null} for requests and notifications (empty when absent); for a
 *        response, the response object itself, whose {@code result} or {@code error} it is
 */
public record JsonRpcMessage(Kind kind, JsonNode id, String method, ObjectNode params) {

    /** The params of a message that has none: one shared empty object, read and never modified. */
    public static final ObjectNode NO_PARAMS = JsonNodeFactory.instance.objectNode();

    public enum Kind {
        REQUEST,
        NOTIFICATION,
        RESPONSE
    }

    /**
     * Classifies {@code node}, refusing with {@code -32600} what is not a JSON-RPC 2.0 message MCP allows and with
     * {@code -32602} params that are not an object.
     */
    public static JsonRpcMessage of(JsonNode node) {
        if (!node.isObject()) {
            throw new JsonRpcException(null, JsonRpc.INVALID_REQUEST,
                    "Invalid request: a JSON-RPC message must be a JSON object, got " + node.getNodeType());
        }
        JsonNode id = node.get("id");
        boolean hasId = id != null;
        if (hasId && !(id.isTextual() || id.isIntegralNumber())) {
            throw new JsonRpcException(null, JsonRpc.INVALID_REQUEST,
                    "Invalid request: \"id\" must be a string or an integer");
        }
        if (!"2.0".equals(node.path("jsonrpc").asText(null))) {
            throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST, "Invalid request: \"jsonrpc\" must be \"2.0\"");
        }
        JsonNode method = node.get("method");
        if (method == null) {
            if (hasId && (node.has("result") || node.has("error"))) {
                return new JsonRpcMessage(Kind.RESPONSE, id, null, (ObjectNode) node);
            }
            throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST,
                    "Invalid request: a message needs \"method\" (request, notification) or \"result\"/\"error\" (response)");
        }
        if (!method.isTextual()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST, "Invalid request: \"method\" must be a string");
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"params\" must be an object");
        }
        ObjectNode paramsObject = params instanceof ObjectNode ? (ObjectNode) params : NO_PARAMS;
        return new JsonRpcMessage(hasId ? Kind.REQUEST : Kind.NOTIFICATION, id, method.asText(), paramsObject);
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }
}
