package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A client that stops reading must not make the server buffer every progress report for it: once the socket's
 * write queue is full, reports are coalesced, and the client still gets the final value, then the result.
 * The interval is 0 here, so back-pressure is the only thing that can coalesce.
 */
@QuarkusTest
@TestProfile(WebSocketBackPressureTest.EveryReportProfile.class)
public class WebSocketBackPressureTest {

    private static final int REPORTS = 300_000;

    public static class EveryReportProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.progress.min-interval", "0", "quarkus.mcp.websocket.write-queue-max-size", "16K");
        }
    }

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void aClientThatStopsReadingGetsCoalescedProgressAndTheFinalValue() throws Exception {
        GatedListener listener = new GatedListener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("mcp")
                .buildAsync(McpWebSocketClient.toWebSocketUri(endpoint), listener).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-11-25\",\"capabilities\":{}}}", true).get(10, TimeUnit.SECONDS);
            assertEquals(1, listener.next().path("id").asInt());

            // Stop reading, then ask for a flood of progress while nothing is read.
            listener.pause();
            socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"report_flood\","
                    + "\"arguments\":{\"reports\":" + REPORTS + "},\"_meta\":{\"progressToken\":\"bp\"}}}", true)
                    .get(10, TimeUnit.SECONDS);
            Thread.sleep(3000); // the tool's loop takes milliseconds; the server meets a full socket meanwhile

            listener.resume(socket);
            List<Double> progress = new ArrayList<>();
            JsonNode response;
            for (;;) {
                JsonNode message = listener.next();
                if (message.has("id")) {
                    response = message;
                    break;
                }
                assertEquals("bp", message.path("params").path("progressToken").asText(), message::toString);
                progress.add(message.path("params").path("progress").asDouble());
            }

            assertEquals(2, response.path("id").asInt(), response::toString);
            assertEquals(REPORTS, response.path("result").path("structuredContent").path("reports").asInt());
            assertTrue(progress.size() < REPORTS / 2,
                    "a client that did not read got " + progress.size() + " of " + REPORTS + " reports");
            assertEquals(REPORTS, progress.get(progress.size() - 1), "the final value is sent before the result");
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i) > progress.get(i - 1), "progress increases: " + progress.get(i - 1)
                        + " then " + progress.get(i));
            }
        } finally {
            socket.abort();
        }
    }
}
