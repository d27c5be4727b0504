package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.Wire.json;
import static io.github.quarkmcp.it.context.Wire.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Results as the client reads them: every content type in its exact wire form, a context injected into a bean that
 * reports progress after an asynchronous hop, and a tool that throws an unexpected exception.
 */
@QuarkusTest
class ResultsTest {

    private static final String PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final String WAV = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=";

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyContentTypeHasItsExactWireForm(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("all_content", Map.of());

            JsonNode result = call.toolResult();
            JsonNode content = result.path("content");
            assertEquals(5, content.size(), call::toString);
            assertEquals(json("{\"type\":\"text\",\"text\":\"some text\"}"), content.get(0), call::toString);
            assertEquals(json("{\"type\":\"image\",\"data\":\"" + PIXEL_PNG + "\",\"mimeType\":\"image/png\"}"),
                    content.get(1), call::toString);
            assertEquals(json("{\"type\":\"audio\",\"data\":\"" + WAV + "\",\"mimeType\":\"audio/wav\"}"),
                    content.get(2), call::toString);
            assertEquals(json("{\"type\":\"resource\",\"resource\":{\"uri\":\"file:///notes.txt\","
                    + "\"mimeType\":\"text/plain\",\"text\":\"the notes\"}}"), content.get(3), call::toString);
            assertEquals(json("{\"type\":\"resource_link\",\"uri\":\"file:///report.pdf\",\"name\":\"report.pdf\","
                    + "\"description\":\"the full report\",\"mimeType\":\"application/pdf\"}"), content.get(4),
                    call::toString);
            assertEquals(json("{\"content\":" + content + ",\"isError\":false}"), result, "nothing else in the result");
            assertEquals(1, call.messages().size(), call::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anInjectedContextReportsForTheCallItServes(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            // Call after call on one connection: each gets its own context, never an earlier call's (the soak
            // harness found WebSocket calls from the third on served by the context of an earlier one).
            for (int i = 1; i <= 10; i++) {
                String token = "audit-" + kind + "-" + i;
                Exchange call = mcp.callTool("injected_context", Map.of(), token);

                assertEquals("audited in request " + call.id(), call.text(), call::toString);
                assertEquals(List.of(json("{\"progressToken\":" + token(token)
                        + ",\"progress\":1,\"total\":1,\"message\":\"audit of audited\"}")), call.progress(),
                        call::toString);
                assertEquals(1, call.notifications().size(), call::toString);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnexpectedExceptionIsAnErrorResultWithItsMessageAndNoStackTrace(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("fail_unexpectedly", Map.of("message", "the ledger does not balance"));

            JsonNode result = call.result();
            assertEquals(json("{\"content\":[{\"type\":\"text\",\"text\":\"the ledger does not balance\"}],"
                    + "\"isError\":true}"), result, call::toString);
            String wire = call.messages().toString();
            for (String line : result.path("content").path(0).path("text").asText().split("\n")) {
                assertFalse(line.strip().startsWith("at io."), () -> "stack trace line sent to the client: " + line);
                assertFalse(line.contains("Exception:"), () -> "exception name sent to the client: " + line);
            }
            assertFalse(wire.contains("at io.") || wire.contains("Exception") || wire.contains("root cause"),
                    () -> "no trace of the exception beyond its message may reach the client: " + wire);

            // The default message, and the session goes on.
            assertEquals("the ledger is inconsistent",
                    mcp.callTool("fail_unexpectedly", Map.of()).result().path("content").path(0).path("text").asText());
            mcp.assertAlive();
            assertTrue(mcp.callTool("greet", Map.of("name", "Ada")).text().equals("Hello, Ada!"));
        }
    }
}
