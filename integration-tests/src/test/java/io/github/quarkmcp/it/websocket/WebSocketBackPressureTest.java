package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        try (SlowReaderClient client = SlowReaderClient.connect(endpoint)) {
            // Stop reading, then ask for a flood of progress while nothing is read.
            client.pause();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"report_flood\","
                    + "\"arguments\":{\"reports\":" + REPORTS + "},\"_meta\":{\"progressToken\":\"bp\"}}}");
            Thread.sleep(3000); // the tool's loop takes milliseconds; the server meets a full socket meanwhile

            client.resume();
            List<Double> progress = new ArrayList<>();
            JsonNode response;
            for (;;) {
                JsonNode message = client.next();
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
        }
    }
}
