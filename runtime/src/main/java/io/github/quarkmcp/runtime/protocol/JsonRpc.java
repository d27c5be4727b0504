package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.json.JsonStrings;

/**
 * JSON-RPC 2.0 envelopes, written as text around already-serialized parts so the per-message path does not
 * build a tree just to wrap a result.
 */
public final class JsonRpc {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    /** The HTTP headers do not match the body, or a required one is missing (2026-07-28). */
    public static final int HEADER_MISMATCH = -32020;
    /** The request needs a capability the client did not declare (2026-07-28). */
    public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** The request names a protocol version the server does not speak (2026-07-28). */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private JsonRpc() {
    }

    /** A response carrying {@code resultJson}, which must already be a JSON value. */
    public static String result(JsonNode id, String resultJson) {
        return result(idJson(id), resultJson);
    }

    /** A response carrying {@code resultJson}, for a request whose id is already written as JSON text. */
    public static String result(String idJson, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"result\":" + resultJson + "}";
    }

    /** An error response; {@code id} is {@code null} when the request's id could not be read. */
    public static String error(JsonNode id, int code, String message) {
        return error(id, code, message, null);
    }

    /** An error response with {@code dataJson} (already JSON) as its {@code data}, or none if {@code null}. */
    public static String error(JsonNode id, int code, String message, String dataJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + (id == null ? "null" : idJson(id))
                + ",\"error\":{\"code\":" + code + ",\"message\":" + quote(message)
                + (dataJson == null ? "" : ",\"data\":" + dataJson) + "}}";
    }

    /** A notification carrying {@code paramsJson}, which must already be a JSON object. */
    public static String notification(String method, String paramsJson) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}";
    }

    /**
     * An id or a progress token (a string or an integer) as JSON text, exactly as the client sent it: not
     * {@code JsonNode.toString()}, which leaves a lone surrogate raw (see {@link JsonStrings}) and runs a whole
     * serializer for an integer (every call's id is written this way).
     */
    public static String idJson(JsonNode idOrToken) {
        if (idOrToken.isTextual()) {
            return JsonStrings.quote(idOrToken.textValue());
        }
        return idOrToken.isIntegralNumber() ? idOrToken.asText() : idOrToken.toString();
    }

    /** {@code text} as a JSON string literal, quotes included (see {@link JsonStrings#quote(String)}). */
    public static String quote(String text) {
        return JsonStrings.quote(text);
    }
}
