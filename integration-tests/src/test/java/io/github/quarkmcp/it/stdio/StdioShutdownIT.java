package io.github.quarkmcp.it.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client's shutdown signal (MCP spec, stdio): stdin closed while a call runs. The call is cancelled (no response),
 * and the application stops cleanly and exits with status 0 within {@code quarkus.mcp.stdio.shutdown-grace}.
 */
class StdioShutdownIT {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Duration MARGIN = Duration.ofSeconds(2);

    @Test
    void closingStdinMidCallCancelsItAndExitsZeroWithinTheGrace() {
        try (McpStdioClient client = McpStdioClient.launch("stdin-closed", "quarkus.mcp.stdio.shutdown-grace=2s")) {
            client.initialize("2025-11-25");
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"print_when_cancelled\","
                    + "\"arguments\":{\"label\":\"eof\"},\"_meta\":{\"progressToken\":1}}}");
            client.until(message -> message.path("method").asText().equals("notifications/progress"));
            long closedAt = System.nanoTime();
            client.closeStdin();
            int status = client.awaitExit(GRACE.plus(MARGIN));
            Duration took = Duration.ofNanos(System.nanoTime() - closedAt);
            assertEquals(0, status, client::describe);
            assertTrue(took.compareTo(GRACE.plus(MARGIN)) < 0, () -> "exited after " + took.toMillis() + " ms");
            JsonNode message;
            while ((message = client.poll(Duration.ZERO)) != null) {
                assertFalse(message.has("id"), "no response for the cancelled call: " + message);
            }
            // The tool saw its cancellation (and what it printed went to stderr).
            assertTrue(client.stderr().contains("cancelled: eof"), client::describe);
            // It stopped as an application does, not by the halt at the end of the grace.
            assertTrue(client.stderr().contains("stopped in"), client::describe);
            assertFalse(client.stderr().contains("halting"), client::describe);
            System.out.println("stdio: exited " + took.toMillis() + " ms after stdin closed");
        }
    }
}
