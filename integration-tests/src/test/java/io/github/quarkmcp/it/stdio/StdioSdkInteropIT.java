package io.github.quarkmcp.it.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.it.interop.Node;

/**
 * The official MCP TypeScript SDK clients launch the packaged app as their stdio server ({@code src/test/js/stdio-client.mjs}):
 * v1's {@code StdioClientTransport} (2025-11-25), and v2's in its {@code legacy} (initialize, 2025-11-25) and
 * {@code auto} (probes {@code server/discover} on stdio, 2026-07-28) negotiation modes. Each sees the exact progress of
 * {@code process_items} then its result, cancels {@code wait_for_cancel} through its {@code AbortSignal} (the SDK sends
 * {@code notifications/cancelled}) after which nothing of the call arrives and the tool saw it, and on closing sees the
 * server exit by itself with status 0.
 */
class StdioSdkInteropIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Path OUTPUT = Path.of("target", "interop").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "v1, legacy, 2025-11-25", "v2, legacy, 2025-11-25", "v2, auto, 2026-07-28" })
    void sdkLaunchesTheServerAndSeesProgressAndCancellation(String sdk, String mode, String expectedVersion)
            throws Exception {
        Node.requireInstalled();
        List<String> args = new ArrayList<>(List.of("stdio-client.mjs", sdk, mode));
        args.addAll(McpStdioClient.serverCommand());
        Node.Run run = Node.run(OUTPUT, "stdio-" + sdk + "-" + mode, TIMEOUT, args.toArray(String[]::new));
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        String line = null;
        for (String candidate : run.stdout().split("\\R")) {
            if (candidate.startsWith("RESULT ")) {
                line = candidate;
            }
        }
        assertNotNull(line, run::describe);
        JsonNode result = JSON.readTree(line.substring("RESULT ".length()));

        assertEquals(expectedVersion, result.path("negotiated").asText(), result::toString);
        List<Double> progress = new ArrayList<>();
        for (JsonNode report : result.path("progress")) {
            progress.add(report.path("progress").asDouble());
            assertEquals(3.0, report.path("total").asDouble(), report::toString);
        }
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), progress, result::toString);
        assertEquals(0, result.path("progressAfterResponse").asInt(-1), result::toString);
        assertEquals("[\"ALPHA\",\"BETA\",\"GAMMA\"]", result.path("structuredContent").path("results").toString());
        assertEquals(expectedVersion.equals("2026-07-28") ? "complete" : "null",
                result.path("wireResultType").asText("null"), result::toString);
        Node.assertOnlySdkReordering(result);

        JsonNode abort = result.path("abort");
        assertEquals("aborted", abort.path("outcome").asText(), result::toString);
        assertEquals(0, abort.path("messagesAfterAbort").asInt(-1), result::toString);
        assertTrue(abort.path("toolSawCancellation").asBoolean(), result::toString);

        assertEquals(0, result.path("serverExit").path("code").asInt(-1), () -> "exited by itself: " + result);
        assertTrue(result.path("serverExit").path("signal").isNull(), () -> "not killed by the SDK: " + result);
        System.out.println("interop: stdio " + sdk + "/" + mode + " ok in " + run.took().toMillis() + " ms, connected in "
                + result.path("connectedMs").asInt() + " ms, exited " + result.path("exitMs").asInt() + " ms after close");
    }
}
