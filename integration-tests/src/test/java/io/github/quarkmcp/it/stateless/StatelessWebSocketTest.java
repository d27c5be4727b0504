package io.github.quarkmcp.it.stateless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.McpHttpClient;
import io.github.quarkmcp.it.websocket.McpWebSocketClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 2026-07-28 messages over our WebSocket transport: stateless per message (no {@code initialize} needed), with the
 * same results and refusals as over HTTP, each as an error frame answering the request's id.
 */
@QuarkusTest
class StatelessWebSocketTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void aSocketServesStatelessRequestsWithoutInitialize() {
        try (McpWebSocketClient ws = McpWebSocketClient.connect(endpoint)) {
            JsonNode discover = ws.call(1, "server/discover", McpHttpClient.withModernMeta(null, null));
            assertEquals("complete", discover.path("result").path("resultType").asText(), discover::toString);
            assertTrue(discover.path("result").path("supportedVersions").isArray(), discover::toString);

            JsonNode call = ws.call(2, "tools/call", McpHttpClient.withModernMeta(
                    Map.of("name", "call_info", "arguments", Map.of()), null));
            JsonNode info = call.path("result").path("structuredContent");
            assertEquals("complete", call.path("result").path("resultType").asText(), call::toString);
            assertEquals("2026-07-28", info.path("protocolVersion").asText(), call::toString);
            assertTrue(info.path("sessionId").isNull(), "a stateless call has no session: " + info);
        }
    }

    @Test
    void theErasMixOnOneSocketMessageByMessage() {
        try (McpWebSocketClient ws = McpWebSocketClient.connect(endpoint)) {
            ws.initialize();
            JsonNode legacy = ws.call(10, "tools/call", McpHttpClient.parse("{\"name\":\"call_info\",\"arguments\":{}}"));
            assertFalse(legacy.path("result").has("resultType"), legacy::toString);
            assertEquals("2025-11-25", legacy.path("result").path("structuredContent").path("protocolVersion").asText());
            assertFalse(legacy.path("result").path("structuredContent").path("sessionId").isNull(), legacy::toString);
            JsonNode modern = ws.call(11, "tools/call", McpHttpClient.withModernMeta(
                    Map.of("name", "call_info", "arguments", Map.of()), null));
            assertEquals("2026-07-28", modern.path("result").path("structuredContent").path("protocolVersion").asText());
        }
    }

    @Test
    void refusalsAnswerTheRequestOnTheSocket() {
        try (McpWebSocketClient ws = McpWebSocketClient.connect(endpoint)) {
            for (String method : List.of("initialize", "ping", "logging/setLevel")) {
                JsonNode refused = ws.call(method, method, McpHttpClient.withModernMeta(Map.of(), null));
                assertEquals(-32601, refused.path("error").path("code").asInt(), refused::toString);
                assertEquals("Method not found: " + method + " (in protocol version 2026-07-28)",
                        refused.path("error").path("message").asText());
            }
            JsonNode noCapabilities = ws.call(20, "tools/list", McpHttpClient.parse(
                    "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}"));
            assertEquals(-32602, noCapabilities.path("error").path("code").asInt(), noCapabilities::toString);
            assertEquals(20, noCapabilities.path("id").asInt());
            JsonNode unsupported = ws.call(21, "tools/list", McpHttpClient.parse(
                    "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\","
                            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}"));
            assertEquals(-32022, unsupported.path("error").path("code").asInt(), unsupported::toString);
            assertEquals("2099-01-01", unsupported.path("error").path("data").path("requested").asText());
            JsonNode needsElicitation = ws.call(22, "tools/call", McpHttpClient.withModernMeta(
                    Map.of("name", "confirm_with_user", "arguments", Map.of()), null));
            assertEquals(-32021, needsElicitation.path("error").path("code").asInt(), needsElicitation::toString);
            // The socket goes on.
            JsonNode discover = ws.call(23, "server/discover", McpHttpClient.withModernMeta(null, null));
            assertEquals("complete", discover.path("result").path("resultType").asText(), discover::toString);
        }
    }
}
