package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A tool that logs in a tight loop, to a client that stops reading: log notifications may be dropped, so the server
 * does not queue every one of them for the client. The client still gets the result once it reads again, and the
 * server answers other clients meanwhile.
 */
@QuarkusTest
public class WebSocketLogFloodTest {

    private static final int MESSAGES = 200_000;

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void aToolThatLogsInALoopToAClientThatDoesNotReadCannotBuryIt() throws Exception {
        try (SlowReaderClient client = SlowReaderClient.connect(endpoint)) {
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"info\"}}");
            JsonNode levelSet = client.next();
            assertEquals(2, levelSet.path("id").asInt(), levelSet::toString);
            assertTrue(levelSet.has("result"), levelSet::toString);

            // Stop reading, then start a tool that logs far faster than anything can be written.
            client.pause();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"log_flood\","
                    + "\"arguments\":{\"count\":" + MESSAGES + "}}}");

            // Meanwhile another client is served.
            try (McpWebSocketClient other = McpWebSocketClient.connect(endpoint)) {
                other.initialize();
                JsonNode pong = other.call("p", "ping", null);
                assertTrue(pong.has("result") && pong.get("result").isEmpty(), pong::toString);
            }
            Thread.sleep(3000); // the tool's loop takes well under that; the server meets a full socket meanwhile

            client.resume();
            int logs = 0;
            JsonNode response;
            for (;;) {
                JsonNode message = client.next();
                if (message.has("id")) {
                    response = message;
                    break;
                }
                assertEquals("notifications/message", message.path("method").asText(), message::toString);
                assertEquals("info", message.path("params").path("level").asText(), message::toString);
                assertTrue(message.path("params").path("data").asText().startsWith("flood message "), message::toString);
                logs++;
            }

            assertEquals(3, response.path("id").asInt(), response::toString);
            JsonNode result = response.path("result");
            assertFalse(result.path("isError").asBoolean(), response::toString);
            assertEquals(String.valueOf(MESSAGES), result.path("content").path(0).path("text").asText(),
                    response::toString);
            int received = logs;
            assertTrue(received > 0, "the first log messages get through");
            assertTrue(received < MESSAGES / 2, () -> "a client that did not read got " + received + " of " + MESSAGES
                    + " log messages: the server queued them all");

            // The session goes on.
            client.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
            JsonNode pong = client.next();
            assertEquals(4, pong.path("id").asInt(), pong::toString);
        }
    }
}
