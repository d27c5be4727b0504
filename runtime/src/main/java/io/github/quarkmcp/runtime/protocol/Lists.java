package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** What every list request shares: its optional {@code cursor}. */
final class Lists {

    private Lists() {
    }

    /** The request's cursor, {@code null} for the first page; refused with {@code -32602} if not a string. */
    static String cursor(JsonRpcMessage request) {
        JsonNode cursor = request.params().get("cursor");
        if (cursor == null || cursor.isNull()) {
            return null;
        }
        if (!cursor.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS, "Invalid params: \"cursor\" must be a string");
        }
        return cursor.asText();
    }
}
