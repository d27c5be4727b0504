package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code @Tool(timeout = "1s")} on a tool that ignores its cancellation ({@code stuck}): at the limit the tool sees
 * the call cancelled and the client gets an error result that says why, in both eras, over both transports; when
 * the tool finally returns, nothing more is sent. A tool that would block its worker for ever
 * ({@code block_forever}) has its thread interrupted at the limit, so the worker goes back to the pool.
 */
@QuarkusTest
class ToolTimeoutTest {

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aToolPastItsTimeLimitIsCancelledAndAnsweredWithAnError(Kind kind) throws InterruptedException {
        try (McpTransport mcp = kind.open(http, ws)) {
            String label = "stuck-" + kind;
            long started = System.nanoTime();
            Exchange call = mcp.callTool("stuck", Map.of("label", label, "millis", 2500));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            JsonNode result = call.result();
            assertEquals(true, result.path("isError").asBoolean(), call::toString);
            assertEquals("Tool stuck did not finish within PT1S (its @Tool(timeout)) and was cancelled",
                    result.path("content").path(0).path("text").asText(), call::toString);
            assertTrue(took.compareTo(Duration.ofMillis(2300)) < 0, () -> "answered at the limit, not when the tool"
                    + " returned: " + took);
            assertTrue(Wire.labels(mcp, "timed_out_calls").contains(label), "the tool saw its cancellation");
            // The tool wakes up 2.5 s after it started and returns: its result is not sent.
            Thread.sleep(2000);
            assertTrue(mcp.strayMessages(Duration.ofMillis(300)).isEmpty(), "nothing after the timeout's answer");
            mcp.assertAlive();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aToolThatBlocksItsWorkerForEverIsInterruptedAtItsTimeLimit(Kind kind) throws InterruptedException {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("block_forever", Map.of());
            assertEquals("Tool block_forever did not finish within PT1S (its @Tool(timeout)) and was cancelled",
                    call.result().path("content").path(0).path("text").asText(), call::toString);

            // The latch is never opened: only the interrupt at the limit lets the method leave the worker.
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            String blocked = mcp.callTool("blocked_workers", Map.of()).text();
            while (!blocked.equals("0") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                blocked = mcp.callTool("blocked_workers", Map.of()).text();
            }
            assertEquals("0", blocked, "workers still held by block_forever after its time limit");
            assertTrue(mcp.strayMessages(Duration.ofMillis(300)).isEmpty(), "nothing after the timeout's answer");
            mcp.assertAlive();
        }
    }
}
