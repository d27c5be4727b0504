package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the protocol core refuses, with the JSON-RPC error code and the id to answer to ({@code null} when
 * the id could not be read). Carries no stack trace: it is an answer, not a fault.
 */
public final class JsonRpcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JsonNode id;
    private final int code;
    private final String dataJson;

    public JsonRpcException(JsonNode id, int code, String message) {
        this(id, code, message, null);
    }

    /** @param dataJson the error's {@code data}, already JSON, or {@code null} for none */
    public JsonRpcException(JsonNode id, int code, String message, String dataJson) {
        super(message, null, false, false);
        this.id = id;
        this.code = code;
        this.dataJson = dataJson;
    }


    public JsonNode id() {
        return id;
    }

    public int code() {
        return code;
    }

    /** The error response for this refusal. */
    public String toResponse() {
        return JsonRpc.error(id, code, getMessage(), dataJson);
    }
}
