package io.github.quarkmcp.it.stdio;

import static io.github.quarkmcp.it.stdio.McpStdioClient.MODERN;
import static io.github.quarkmcp.it.stdio.McpStdioClient.modernMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Both protocol eras over stdio, on the packaged app launched with {@code -Dquarkus.mcp.stdio.enabled=true}: the 2025
 * handshake then a call with progress; a 2026-07-28 {@code server/discover} and a stateless call with {@code _meta};
 * cancellation by {@code notifications/cancelled} and logging in each era.
 */
class StdioErasIT {

    @Test
    void legacyInitializeThenExactProgressThenResult() {
        try (McpStdioClient client = McpStdioClient.launch("legacy-progress")) {
            JsonNode init = client.initialize("2025-11-25");
            assertEquals("2025-11-25", init.path("result").path("protocolVersion").asText(), init::toString);
            assertEquals("quarkus-mcp-demo", init.path("result").path("serverInfo").path("name").asText());

            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"process_items\","
                    + "\"arguments\":{\"items\":[\"a\",\"b\",\"c\"]},\"_meta\":{\"progressToken\":\"tok\"}}}");
            List<JsonNode> messages = client.untilResponse(1);
            assertEquals(List.of(0.0, 1.0, 2.0, 3.0), progressOf(messages, "tok", 3), messages::toString);
            JsonNode result = messages.get(messages.size() - 1).path("result");
            assertEquals("[\"A\",\"B\",\"C\"]", result.path("structuredContent").path("results").toString());
            assertNull(client.poll(Duration.ofMillis(300)), "nothing after the result");
        }
    }

    @Test
    void modernDiscoverThenStatelessCallWithMeta() {
        try (McpStdioClient client = McpStdioClient.launch("modern-progress")) {
            JsonNode discover = client.request(1, "server/discover", "{" + modernMeta("") + "}");
            JsonNode versions = discover.path("result").path("supportedVersions");
            assertTrue(versions.toString().contains(MODERN) && versions.toString().contains("2025-11-25"),
                    discover::toString);
            assertEquals("complete", discover.path("result").path("resultType").asText(), discover::toString);

            // No initialize: the request carries its version and capabilities; its integer token comes back as one.
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"process_items\","
                    + "\"arguments\":{\"items\":[\"x\",\"y\"]}," + modernMeta(",\"progressToken\":7") + "}}");
            List<JsonNode> messages = client.untilResponse(2);
            assertEquals(List.of(0.0, 1.0, 2.0), progressOf(messages, 7, 2), messages::toString);
            JsonNode result = messages.get(messages.size() - 1).path("result");
            assertEquals("complete", result.path("resultType").asText(), result::toString);
            assertEquals("quarkus-mcp-demo",
                    result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText(), result::toString);
            assertEquals("[\"X\",\"Y\"]", result.path("structuredContent").path("results").toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "2025-11-25", MODERN })
    void notificationsCancelledStopsTheCall(String version) {
        boolean modern = version.equals(MODERN);
        try (McpStdioClient client = McpStdioClient.launch("cancel-" + version)) {
            if (!modern) {
                client.initialize(version);
            }
            String meta = modern ? modernMeta(",\"progressToken\":\"w\"") : "\"_meta\":{\"progressToken\":\"w\"}";
            String label = "stdio-" + version + "-" + System.nanoTime();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for_cancel\","
                    + "\"arguments\":{\"label\":\"" + label + "\"}," + meta + "}}");
            client.until(message -> message.path("params").path("progress").asInt() == 2);
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":5,"
                    + "\"reason\":\"test\"" + (modern ? "," + modernMeta("") : "") + "}}");
            // A progress already on its way may still come; then nothing, and never a response to 5.
            long quietSince = System.nanoTime();
            JsonNode late;
            while ((late = client.poll(Duration.ofMillis(500))) != null) {
                assertTrue(late.path("method").asText().equals("notifications/progress"), late::toString);
                assertTrue(System.nanoTime() - quietSince < Duration.ofSeconds(1).toNanos(), "progress goes on: " + late);
            }
            String params = modern ? "{\"name\":\"cancelled_calls\",\"arguments\":{}," + modernMeta("") + "}"
                    : "{\"name\":\"cancelled_calls\",\"arguments\":{}}";
            JsonNode cancelled = client.request(6, "tools/call", params);
            assertTrue(cancelled.path("result").toString().contains(label), cancelled::toString);
        }
    }

    @Test
    void legacyLoggingFollowsSetLevel() {
        try (McpStdioClient client = McpStdioClient.launch("logging-legacy")) {
            client.initialize("2025-11-25");
            client.request(1, "logging/setLevel", "{\"level\":\"warning\"}");
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"log_levels\",\"arguments\":{}}}");
            assertEquals(List.of("warning", "error"), levelsOf(client.untilResponse(2)));
        }
    }

    @Test
    void modernLoggingFollowsTheRequestsLogLevel() {
        try (McpStdioClient client = McpStdioClient.launch("logging-modern")) {
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"log_levels\",\"arguments\":{},"
                    + modernMeta(",\"io.modelcontextprotocol/logLevel\":\"info\"") + "}}");
            assertEquals(List.of("info", "warning", "error"), levelsOf(client.untilResponse(1)));
            // None named, none sent (the spec forbids it).
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"log_levels\",\"arguments\":{},"
                    + modernMeta("") + "}}");
            assertEquals(List.of(), levelsOf(client.untilResponse(2)));
        }
    }

    private static List<Double> progressOf(List<JsonNode> messages, Object token, int total) {
        List<Double> progress = new ArrayList<>();
        for (JsonNode message : messages) {
            if (message.path("method").asText().equals("notifications/progress")) {
                JsonNode params = message.path("params");
                JsonNode sent = params.path("progressToken");
                assertTrue(token instanceof Integer ? sent.isInt() && sent.asInt() == (Integer) token
                        : sent.isTextual() && sent.asText().equals(token), () -> "token as sent: " + message);
                assertEquals(total, params.path("total").asInt(), message::toString);
                progress.add(params.path("progress").asDouble());
            }
        }
        return progress;
    }

    private static List<String> levelsOf(List<JsonNode> messages) {
        List<String> levels = new ArrayList<>();
        for (JsonNode message : messages) {
            if (message.path("method").asText().equals("notifications/message")) {
                levels.add(message.path("params").path("level").asText());
            }
        }
        return levels;
    }
}
