package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Assertion helpers on what the client saw on the wire. */
final class Wire {

    private Wire() {
    }

    /** JSON text as a tree; numbers keep their written form ({@code 10} is an integer node, {@code 10.0} is not). */
    static JsonNode json(String text) {
        try {
            return McpTransport.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("bad expected JSON in the test: " + text, e);
        }
    }

    /** The JSON text of a token (or id) as it goes on the wire: {@code "abc"} or {@code 7}. */
    static String token(Object token) {
        return McpTransport.JSON.valueToTree(token).toString();
    }

    /** Asserts the values strictly increase. */
    static void assertStrictlyIncreasing(List<Double> values, Object context) {
        for (int i = 1; i < values.size(); i++) {
            int at = i;
            assertTrue(values.get(i) > values.get(i - 1),
                    () -> "progress must strictly increase, but " + values.get(at) + " follows " + values.get(at - 1)
                            + " at " + at + ": " + values + "\n" + context);
        }
    }

    /** Asserts every message is a JSON-RPC 2.0 notification of {@code method} (no id). */
    static void assertNotifications(List<JsonNode> messages, String method, Object context) {
        for (JsonNode message : messages) {
            assertEquals("2.0", message.path("jsonrpc").asText(), () -> "jsonrpc of " + message + "\n" + context);
            assertEquals(method, message.path("method").asText(), () -> "method of " + message + "\n" + context);
            assertTrue(!message.has("id"), () -> "a notification has no id: " + message + "\n" + context);
        }
    }

    /** The labels a tool that returns a set of labels (cancelled_calls, async_cancelled_calls) lists. */
    static Set<String> labels(McpTransport mcp, String tool) {
        Exchange call = mcp.callTool(tool, Map.of());
        JsonNode result = call.toolResult();
        JsonNode structured = result.get("structuredContent");
        JsonNode array = structured != null && structured.isArray() ? structured : json(call.text());
        assertTrue(array.isArray(), () -> tool + " should list labels: " + call);
        Set<String> labels = new HashSet<>();
        array.forEach(label -> labels.add(label.asText()));
        return labels;
    }

    /** Asks {@code tool} until its labels satisfy {@code condition} or {@code timeout} passes; returns the last. */
    static Set<String> labelsEventually(McpTransport mcp, String tool, Predicate<Set<String>> condition,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> labels = labels(mcp, tool);
        while (!condition.test(labels) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            labels = labels(mcp, tool);
        }
        return labels;
    }
}
