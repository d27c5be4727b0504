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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The official MCP TypeScript SDK v2 client ({@code @modelcontextprotocol/client}, pinned in
 * {@code src/test/js/package.json}) over Streamable HTTP, in each of its version negotiation modes, through
 * {@code src/test/js/v2-client.mjs}: {@code legacy} negotiates 2025-11-25 with {@code initialize}; {@code auto}
 * probes {@code server/discover} and stays on 2026-07-28; {@code pin} speaks only 2026-07-28. Each mode sees the
 * progress of {@code process_items} and its result, and cancels {@code wait_for_cancel} through the call's
 * {@code AbortSignal} (2026-07-28: by closing the request's stream), after which nothing of the call arrives and
 * the tool has seen its cancellation.
 */
@QuarkusTest
class TypeScriptSdkV2InteropTest {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final Path OUTPUT = Path.of("target", "interop").toAbsolutePath();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/mcp")
    URI http;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "legacy, 2025-11-25", "auto, 2026-07-28", "pin, 2026-07-28" })
    void progressInEachNegotiationMode(String mode, String expectedVersion) throws Exception {
        JsonNode result = run(mode, "progress");
        assertEquals(expectedVersion, result.path("negotiated").asText(), result::toString);
        List<Double> progress = new ArrayList<>();
        for (JsonNode report : result.path("progress")) {
            progress.add(report.path("progress").asDouble());
            assertEquals(3.0, report.path("total").asDouble(), () -> "total as sent: " + report);
        }
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), progress, result::toString);
        assertEquals(0, result.path("progressAfterResponse").asInt(-1), result::toString);
        assertEquals(List.of("ALPHA", "BETA", "GAMMA"),
                JSON.convertValue(result.path("structuredContent").path("results"), List.class), result::toString);
        // A 2026-07-28 result says it is complete; a 2025 one has no resultType.
        if (expectedVersion.equals("2026-07-28")) {
            assertEquals("complete", result.path("wireResultType").asText(), result::toString);
        } else {
            assertTrue(result.path("wireResultType").isNull(), result::toString);
        }
        Node.assertOnlySdkReordering(result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "legacy, 2025-11-25", "auto, 2026-07-28", "pin, 2026-07-28" })
    void abortingACallCancelsTheTool(String mode, String expectedVersion) throws Exception {
        JsonNode result = run(mode, "abort");
        assertEquals(expectedVersion, result.path("negotiated").asText(), result::toString);
        assertEquals("aborted", result.path("outcome").asText(), result::toString);
        assertEquals(2, result.path("progressBeforeAbort").asInt(), result::toString);
        assertEquals(0, result.path("messagesAfterAbort").asInt(-1), () -> "nothing of the call after the abort: " + result);
        assertTrue(result.path("toolSawCancellation").asBoolean(), () -> "the tool saw its cancellation: " + result);
    }

    /**
     * A tool that asks its user half-way ({@code import_rows}): the SDK's elicitation handler answers. In 2025 the
     * question is a request of the server's on the call's stream; in 2026-07-28 the call returns
     * {@code input_required}, the SDK fulfils it with the same handler and retries, and the tool runs again with the
     * answer. Either way the handler is asked once and the progress of each request only increases, to 100.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "legacy, 2025-11-25", "auto, 2026-07-28", "pin, 2026-07-28" })
    void theElicitationHandlerAnswersAToolsQuestion(String mode, String expectedVersion) throws Exception {
        JsonNode result = run(mode, "elicit");
        assertEquals(expectedVersion, result.path("negotiated").asText(), result::toString);
        assertEquals(1, result.path("questions").size(), result::toString);
        JsonNode question = result.path("questions").path(0);
        assertEquals("1 rows of orders.csv are invalid. Skip them?", question.path("message").asText(), result::toString);
        assertEquals("boolean", question.path("requestedSchema").path("properties").path("skip").path("type").asText(),
                result::toString);
        assertEquals(JSON.readTree("{\"imported\":3,\"skipped\":1,\"outcome\":\"imported\"}"),
                result.path("structuredContent"), result::toString);
        boolean modern = expectedVersion.equals("2026-07-28");
        // 2025: one request, one question sent to the client; 2026-07-28: two requests, the first input_required.
        assertEquals(modern ? 0 : 1, result.path("serverRequests").asInt(), result::toString);
        List<String> resultTypes = new ArrayList<>();
        result.path("resultTypes").forEach(type -> resultTypes.add(type.isNull() ? null : type.asText()));
        List<String> expectedTypes = modern ? List.of("input_required", "complete") : new ArrayList<>();
        if (!modern) {
            expectedTypes.add(null);
        }
        assertEquals(expectedTypes, resultTypes.subList(resultTypes.size() - expectedTypes.size(), resultTypes.size()),
                result::toString);
        JsonNode perRequest = result.path("progressByToken");
        assertEquals(modern ? 2 : 1, perRequest.size(), result::toString);
        for (JsonNode values : perRequest) {
            for (int i = 1; i < values.size(); i++) {
                assertTrue(values.get(i).asDouble() > values.get(i - 1).asDouble(), result::toString);
            }
        }
        assertEquals(100.0, perRequest.path(perRequest.size() - 1).path(perRequest.path(perRequest.size() - 1).size() - 1)
                .asDouble(), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "legacy, 2025-11-25", "pin, 2026-07-28" })
    void listsAndReadsAResourceAndGetsAPrompt(String mode, String expectedVersion) throws Exception {
        JsonNode result = run(mode, "features");
        assertEquals(expectedVersion, result.path("negotiated").asText(), result::toString);
        assertFeatures(result);
    }

    /** What a client of the demo sees of its resources and prompts, in any SDK and era. */
    static void assertFeatures(JsonNode result) {
        assertTrue(result.path("resourceUris").toString().contains("\"file:///reports/latest.csv\""), result::toString);
        assertEquals("text/csv", result.path("read").path("mimeType").asText(), result::toString);
        assertTrue(result.path("read").path("text").asText().startsWith("id,rows\n"), result::toString);
        assertEquals("[\"summarise\"]", result.path("promptNames").toString(), result::toString);
        assertEquals("Summarise export export-7 for a manager in three bullet points.",
                result.path("promptMessages").path(0).path("content").path("text").asText(), result::toString);
        assertEquals("assistant", result.path("promptMessages").path(1).path("role").asText(), result::toString);
    }

    private JsonNode run(String mode, String scenario) throws Exception {
        Node.requireInstalled();
        Node.Run run = Node.run(OUTPUT, "v2-client-" + mode + "-" + scenario, TIMEOUT, "v2-client.mjs", http.toString(),
                mode, scenario);
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        String line = null;
        for (String candidate : run.stdout().split("\\R")) {
            if (candidate.startsWith("RESULT ")) {
                line = candidate;
            }
        }
        assertNotNull(line, () -> "No RESULT line: " + run.describe());
        System.out.println("interop: TypeScript SDK v2 " + mode + "/" + scenario + " ok in " + run.took().toMillis() + " ms");
        return JSON.readTree(line.substring("RESULT ".length()));
    }
}
