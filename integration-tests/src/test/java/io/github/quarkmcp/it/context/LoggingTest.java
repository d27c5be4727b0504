package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.Wire.assertNotifications;
import static io.github.quarkmcp.it.context.Wire.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code notifications/message}: a call's log messages at or above the requested level arrive in order before its
 * response. 2025: {@code logging/setLevel} changes the level of the session, an unknown level is refused with -32602.
 * 2026-07-28: each request names its own level in {@code _meta}, a request that names none gets no log message (the
 * spec forbids it), an unknown level is refused with -32602, and {@code logging/setLevel} does not exist.
 */
@QuarkusTest
class LoggingTest {

    private static final JsonNode DEBUG = json("{\"level\":\"debug\",\"data\":\"debug message\"}");
    private static final JsonNode INFO = json("{\"level\":\"info\",\"data\":\"info message\"}");
    private static final JsonNode WARNING = json("{\"level\":\"warning\",\"logger\":\"exporter\",\"data\":\"warning message\"}");
    private static final JsonNode ERROR = json("{\"level\":\"error\",\"data\":\"error message\"}");

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void withoutSetLevelASessionLogsFromInfo(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            assertLogs(mcp, List.of(INFO, WARNING, ERROR));
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void setLevelDebugSendsAllFour(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            setLevel(mcp, "debug");
            assertLogs(mcp, List.of(DEBUG, INFO, WARNING, ERROR));
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void setLevelErrorSendsOnlyErrors(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            setLevel(mcp, "error");
            assertLogs(mcp, List.of(ERROR));
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void anUnknownLevelIsInvalidParamsAndKeepsTheLevel(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            setLevel(mcp, "warning");
            Exchange refused = mcp.request("logging/setLevel", Map.of("level", "verbose"));
            assertEquals(-32602, refused.error().path("code").asInt(), refused::toString);
            assertTrue(refused.error().path("message").asText().contains("level"), refused::toString);
            assertEquals(1, refused.messages().size(), refused::toString);
            assertLogs(mcp, List.of(WARNING, ERROR));
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP_2026", "WEBSOCKET_2026" })
    void aModernRequestThatNamesNoLevelGetsNoLogMessage(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            assertLogs(mcp, List.of());
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP_2026", "WEBSOCKET_2026" })
    void aModernRequestLogsFromTheLevelItNames(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            mcp.requestLogLevel("debug");
            assertLogs(mcp, List.of(DEBUG, INFO, WARNING, ERROR));
            mcp.requestLogLevel("error");
            assertLogs(mcp, List.of(ERROR));
            mcp.requestLogLevel(null); // the level is the request's, not remembered
            assertLogs(mcp, List.of());
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP_2026", "WEBSOCKET_2026" })
    void aModernRequestWithAnUnknownLevelIsInvalidParams(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            mcp.requestLogLevel("verbose");
            Exchange refused = mcp.callTool("log_levels", Map.of());
            assertEquals(-32602, refused.error().path("code").asInt(), refused::toString);
            assertTrue(refused.error().path("message").asText().contains("io.modelcontextprotocol/logLevel"),
                    refused::toString);
            assertEquals(1, refused.messages().size(), refused::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP_2026", "WEBSOCKET_2026" })
    void setLevelIsNotAMethodOfTheStatelessProtocol(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange refused = mcp.request("logging/setLevel", Map.of("level", "debug"));
            assertEquals(-32601, refused.error().path("code").asInt(), refused::toString);
        }
    }

    private static void setLevel(McpTransport mcp, String level) {
        Exchange set = mcp.request("logging/setLevel", Map.of("level", level));
        assertEquals(json("{}"), set.result(), set::toString);
        assertEquals(1, set.messages().size(), set::toString);
    }

    private static void assertLogs(McpTransport mcp, List<JsonNode> expected) {
        Exchange call = mcp.callTool("log_levels", Map.of());
        assertEquals("logged", call.text(), call::toString);
        // Only log messages (no token, so no progress), exactly these, in this order, all before the response.
        assertNotifications(call.notifications(), "notifications/message", call);
        assertEquals(expected, call.logs(), call::toString);
    }
}
