package io.github.quarkmcp.it.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The official MCP TypeScript SDK ({@code @modelcontextprotocol/sdk}, pinned in {@code src/test/js/package.json})
 * calls {@code process_items} with {@code onprogress} over Streamable HTTP and over WebSocket, through
 * {@code src/test/js/progress-client.mjs}. The script checks what only the client can see (the result arrives after
 * the last progress, nothing arrives after it, no client error) and exits non-zero otherwise; this test checks
 * the values it reports on its {@code RESULT} line.
 */
@QuarkusTest
class TypeScriptSdkInteropTest {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final Path OUTPUT = Path.of("target", "interop").toAbsolutePath();
    static final List<String> ITEMS = List.of("ALPHA", "BETA", "GAMMA", "DELTA");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI websocket;

    @Test
    void streamableHttp() throws Exception {
        check("http", http);
    }

    @Test
    void webSocket() throws Exception {
        URI ws = new URI(websocket.getScheme().equals("https") ? "wss" : "ws", websocket.getSchemeSpecificPart(), null);
        check("ws", ws);
    }

    @Test
    void resourcesAndPrompts() throws Exception {
        Node.requireInstalled();
        Node.Run run = Node.run(OUTPUT, "features-client", TIMEOUT, "features-client.mjs", http.toString());
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        TypeScriptSdkV2InteropTest.assertFeatures(resultLine(run));
        System.out.println("interop: TypeScript SDK v1 lists and reads resources and gets a prompt in "
                + run.took().toMillis() + " ms");
    }

    private void check(String transport, URI url) throws Exception {
        Node.requireInstalled();
        Node.Run run = Node.run(OUTPUT, "progress-client-" + transport, TIMEOUT, "progress-client.mjs", url.toString(),
                transport);
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        JsonNode result = resultLine(run);
        assertEquals(transport, result.path("transport").asText(), run::describe);

        // Progress: one report per item and one at the end, strictly increasing, out of the item count, no message.
        List<Double> progress = new ArrayList<>();
        for (JsonNode report : result.path("progress")) {
            progress.add(report.path("progress").asDouble());
            assertEquals(ITEMS.size(), report.path("total").asDouble(), () -> "total as sent: " + report);
            assertFalse(report.has("message"), () -> "process_items sends no progress message: " + report);
        }
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), progress, run::describe);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress strictly increasing: " + progress);
        }

        // The string token the client sent came back unchanged (as a string) on every notification.
        String token = result.path("progressToken").asText(null);
        assertNotNull(token, run::describe);
        JsonNode received = result.path("receivedProgressTokens");
        assertEquals(progress.size(), received.size(), run::describe);
        for (JsonNode echoed : received) {
            assertTrue(echoed.isTextual(), () -> "token echoed as a string: " + received);
            assertEquals(token, echoed.asText(), () -> "token echoed: " + received);
        }

        JsonNode structured = result.path("structuredContent");
        assertEquals(ITEMS.size(), structured.path("processed").asInt(-1), run::describe);
        List<String> results = new ArrayList<>();
        structured.path("results").forEach(item -> results.add(item.asText()));
        assertEquals(ITEMS, results, run::describe);
        System.out.println("interop: TypeScript SDK over " + transport + " ok in " + run.took().toMillis()
                + " ms, progress " + progress + ", token " + token);
    }

    private static JsonNode resultLine(Node.Run run) throws Exception {
        String line = null;
        for (String candidate : run.stdout().split("\\R")) {
            if (candidate.startsWith("RESULT ")) {
                line = candidate;
            }
        }
        assertNotNull(line, () -> "No RESULT line: " + run.describe());
        return JSON.readTree(line.substring("RESULT ".length()));
    }
}
