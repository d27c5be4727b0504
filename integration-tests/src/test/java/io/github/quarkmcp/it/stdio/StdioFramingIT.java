package io.github.quarkmcp.it.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lines of stdio: a line that is not JSON gets -32700 and the server reads on; a line over
 * {@code quarkus.mcp.stdio.max-message-size} gets -32600 (id null, naming the key), the rest of it is discarded and the
 * server reads on; answers that need no tool (refusals, pings) come in the order of their lines; and stdout holds
 * nothing but protocol lines, even when a tool prints to {@code System.out} and the log is at DEBUG (all of which goes
 * to stderr).
 */
class StdioFramingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBadLineIsAParseErrorAndTheServerLivesOn() {
        try (McpStdioClient client = McpStdioClient.launch("bad-line")) {
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
            JsonNode error = client.next();
            assertEquals(-32700, error.path("error").path("code").asInt(), error::toString);
            assertTrue(error.path("id").isNull(), error::toString);
            client.sendRaw("\r\n\n".getBytes(StandardCharsets.UTF_8)); // blank lines are no messages
            client.initialize("2025-11-25");
            assertEquals("{}", client.request(2, "ping", "{}").path("result").toString());
        }
    }

    @Test
    void answersThatNeedNoToolComeInTheOrderOfTheirLines() {
        try (McpStdioClient client = McpStdioClient.launch("line-order")) {
            client.initialize("2025-11-25");
            // One write, so the server reads these lines together: refusals (written by the transport) and pings
            // (answered by the core at once, on the same thread) must still come out in line order.
            String ping = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"ping\"}\n";
            String batch = "[{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}]\n";
            String lines = "{\"jsonrpc\":\n" + ping.formatted(2) + batch + ping.formatted(3) + "not json\n"
                    + ping.formatted(4);
            client.sendRaw(lines.getBytes(StandardCharsets.UTF_8));
            StringBuilder order = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                JsonNode answer = client.next();
                String what = answer.has("error") ? "error" : "ping " + answer.path("id").asInt();
                order.append(i > 0 ? ", " : "").append(what);
            }
            assertEquals("error, ping 2, error, ping 3, error, ping 4", order.toString());
        }
    }

    @Test
    void aLineOverTheLimitIsRefusedAndDiscarded() {
        try (McpStdioClient client = McpStdioClient.launch("oversize", "quarkus.mcp.stdio.max-message-size=1K")) {
            client.initialize("2025-11-25");
            // A request of 5000 bytes, sent in two parts: the limit is passed in the first, and the error comes
            // before the line ends; the second part, read on its own, would be a parse error.
            StringBuilder head = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\",\"params\":{\"pad\":\"");
            while (head.length() < 5000) {
                head.append('x');
            }
            client.sendRaw(head.toString().getBytes(StandardCharsets.UTF_8));
            JsonNode error = client.next();
            assertEquals(-32600, error.path("error").path("code").asInt(), error::toString);
            assertTrue(error.path("id").isNull(), error::toString);
            assertTrue(error.path("error").path("message").asText().contains("quarkus.mcp.stdio.max-message-size"),
                    error::toString);
            client.sendRaw("xxxx\"}}\n".getBytes(StandardCharsets.UTF_8));
            // The next line is read as the next message: nothing of the long one came through.
            assertEquals("{}", client.request(3, "ping", "{}").path("result").toString());
        }
    }

    @Test
    void stdoutHoldsOnlyProtocolLinesEvenWhenAToolPrintsAndTheLogIsAtDebug() {
        try (McpStdioClient client = McpStdioClient.launch("only-json", "quarkus.log.level=DEBUG")) {
            client.initialize("2025-11-25");
            JsonNode printed = client.request(1, "tools/call",
                    "{\"name\":\"print_to_stdout\",\"arguments\":{\"text\":\"printed by a tool\"}}");
            assertEquals("printed by a tool", printed.path("result").path("content").path(0).path("text").asText(),
                    printed::toString);
            client.closeStdin();
            assertEquals(0, client.awaitExit(Duration.ofSeconds(10)), client::describe);

            String stdout = new String(client.stdout(), StandardCharsets.UTF_8);
            assertTrue(stdout.endsWith("\n"), client::describe);
            for (String line : stdout.substring(0, stdout.length() - 1).split("\n", -1)) {
                JsonNode message;
                try {
                    message = JSON.readTree(line);
                } catch (Exception e) {
                    throw new AssertionError("Not a protocol line on stdout: " + line + client.describe(), e);
                }
                assertEquals("2.0", message.path("jsonrpc").asText(), () -> "Not a protocol line: " + line);
            }
            String stderr = client.stderr();
            assertTrue(stderr.contains("printed by a tool") && stderr.contains("{\"not\":\"a protocol message\"}"),
                    () -> "what the tool printed is on stderr: " + client.describe());
            assertTrue(stderr.contains("DEBUG") && stderr.contains("Installed features"),
                    () -> "the console log is on stderr: " + client.describe());
            assertFalse(stderr.contains("Listening on: http"), () -> "no HTTP port is opened: " + client.describe());
        }
    }
}
