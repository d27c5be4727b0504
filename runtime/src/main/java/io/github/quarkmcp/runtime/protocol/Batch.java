package io.github.quarkmcp.runtime.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON-RPC batch: allowed only in 2025-03-26, never empty, never with {@code initialize}. JSON-RPC answers each
 * valid element and gives each invalid one its own error, so a batch splits into messages to handle and refusals
 * already decided.
 *
 * @param messages the well-formed messages, in order
 * @param refusals the error responses of the malformed elements
 */
public record Batch(List<JsonRpcMessage> messages, List<String> refusals) {

    /** Splits {@code array}, sent under {@code version}; refuses the whole batch with {@code -32600} if not allowed. */
    public static Batch of(JsonNode array, String version) {
        if (!ProtocolVersion.allowsBatches(version)) {
            throw new JsonRpcException(null, JsonRpc.INVALID_REQUEST,
                    "Invalid request: JSON-RPC batches are not allowed in protocol version " + version);
        }
        if (array.isEmpty()) {
            throw new JsonRpcException(null, JsonRpc.INVALID_REQUEST, "Invalid request: the batch is empty");
        }
        List<JsonRpcMessage> messages = new ArrayList<>(array.size());
        List<String> refusals = new ArrayList<>();
        for (JsonNode element : array) {
            try {
                JsonRpcMessage message = JsonRpcMessage.of(element);
                if ("initialize".equals(message.method())) {
                    throw new JsonRpcException(message.id(), JsonRpc.INVALID_REQUEST,
                            "Invalid request: initialize must not be part of a batch");
                }
                messages.add(message);
            } catch (JsonRpcException e) {
                refusals.add(e.toResponse());
            }
        }
        return new Batch(messages, refusals);
    }

    /** How many responses the batch is owed: one per request and one per refusal. */
    public int responses() {
        int requests = refusals.size();
        for (JsonRpcMessage message : messages) {
            if (message.isRequest()) {
                requests++;
            }
        }
        return requests;
    }
}
