package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The messages of one request as the client received them, in order: over HTTP every message of the POST's response
 * (the events of its stream, or its one JSON body), read to the end of the body; over WebSocket the messages of the
 * socket that belong to this request, up to its response.
 *
 * @param kind the transport it came over
 * @param id the request id, as sent
 * @param messages every message, in arrival order
 */
record Exchange(McpTransport.Kind kind, Object id, List<JsonNode> messages) {

    /** The response; asserts it is the last message and the only response, and that it answers this request. */
    JsonNode response() {
        assertTrue(!messages.isEmpty(), () -> kind + ": no message at all for request " + id);
        JsonNode last = messages.get(messages.size() - 1);
        assertTrue(McpTransport.isResponseTo(last, id),
                () -> kind + ": the last message must be the response to " + id + ": " + describe());
        assertEquals(1, messages.stream().filter(McpTransport::isResponse).count(),
                () -> kind + ": exactly one response expected: " + describe());
        assertEquals("2.0", last.path("jsonrpc").asText(), () -> kind + ": jsonrpc of " + last);
        return last;
    }

    /**
     * The {@code result} of the response; asserts there is one. A 2026-07-28 result must say it is complete and name
     * the server; asserted here, those two fields are left out of what is returned, so that a test compares the same
     * result in both eras.
     */
    JsonNode result() {
        JsonNode response = response();
        assertTrue(response.has("result"), () -> kind + ": expected a result: " + describe());
        JsonNode result = response.get("result");
        if (!kind.modern()) {
            assertTrue(!result.has("resultType"), () -> kind + ": no resultType before 2026-07-28: " + describe());
            return result;
        }
        assertEquals("complete", result.path("resultType").asText(), () -> kind + ": resultType: " + describe());
        assertEquals("quarkus-mcp-demo", result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name")
                .asText(), () -> kind + ": serverInfo in _meta: " + describe());
        ObjectNode withoutEnvelope = ((ObjectNode) result).deepCopy();
        withoutEnvelope.remove(List.of("resultType", "_meta"));
        return withoutEnvelope;
    }

    /** The {@code error} of the response; asserts there is one. */
    JsonNode error() {
        JsonNode response = response();
        assertTrue(response.has("error") && !response.has("result"), () -> kind + ": expected an error: " + describe());
        return response.get("error");
    }

    /** A tool call's result that is not an error. */
    JsonNode toolResult() {
        JsonNode result = result();
        assertEquals(false, result.path("isError").asBoolean(true), () -> kind + ": the tool failed: " + describe());
        return result;
    }

    /** The text of the first content item of a successful tool result. */
    String text() {
        return toolResult().path("content").path(0).path("text").asText();
    }

    /** Every message before the response. */
    List<JsonNode> notifications() {
        response();
        return messages.subList(0, messages.size() - 1);
    }

    /** The {@code params} of the {@code notifications/progress} messages, in order. */
    List<JsonNode> progress() {
        return paramsOf("notifications/progress");
    }

    /** The {@code progress} values of the progress notifications, in order. */
    List<Double> progressValues() {
        return progress().stream().map(params -> params.path("progress").asDouble()).collect(Collectors.toList());
    }

    /** The {@code params} of the {@code notifications/message} (log) messages, in order. */
    List<JsonNode> logs() {
        return paramsOf("notifications/message");
    }

    private List<JsonNode> paramsOf(String method) {
        return notifications().stream().filter(message -> method.equals(message.path("method").asText(null)))
                .map(message -> message.path("params")).collect(Collectors.toList());
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        for (JsonNode message : messages) {
            out.append("\n  ").append(message);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return kind + " request " + id + ":" + describe();
    }
}
