package io.github.quarkmcp.it.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client that does not read its server's stdout must not make the server buffer every progress report for it: once
 * the pipe and the write queue ({@code quarkus.mcp.stdio.write-queue-max-size}) are full, reports are coalesced, and
 * the client still gets the final value, then the result; log messages of a tool that logs in a loop are dropped rather
 * than queued. The interval is 0 here. (Progress is also merged while a report waits for the event loop, so it is the
 * log flood that shows the queue is bounded: without the bound every message would be queued and delivered.)
 */
class StdioBackPressureIT {

    private static final int REPORTS = 300_000;

    @Test
    void aClientThatStopsReadingGetsCoalescedProgressAndTheFinalValue() throws Exception {
        try (McpStdioClient client = McpStdioClient.launch("back-pressure", "quarkus.mcp.progress.min-interval=0",
                "quarkus.mcp.stdio.write-queue-max-size=16K")) {
            client.initialize("2025-11-25");
            client.pauseReading();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"report_flood\","
                    + "\"arguments\":{\"reports\":" + REPORTS + "},\"_meta\":{\"progressToken\":\"bp\"}}}");
            Thread.sleep(3000); // the tool's loop takes milliseconds; the server meets a full pipe meanwhile
            client.resumeReading();

            List<Double> progress = new ArrayList<>();
            List<JsonNode> messages = client.untilResponse(2);
            JsonNode response = messages.get(messages.size() - 1);
            for (JsonNode message : messages.subList(0, messages.size() - 1)) {
                assertEquals("bp", message.path("params").path("progressToken").asText(), message::toString);
                progress.add(message.path("params").path("progress").asDouble());
            }
            assertEquals(REPORTS, response.path("result").path("structuredContent").path("reports").asInt(),
                    response::toString);
            assertTrue(progress.size() < REPORTS / 2,
                    "a client that did not read got " + progress.size() + " of " + REPORTS + " reports");
            assertEquals(REPORTS, progress.get(progress.size() - 1), "the final value is sent before the result");
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i) > progress.get(i - 1),
                        "progress increases: " + progress.get(i - 1) + " then " + progress.get(i));
            }
            System.out.println("stdio: a client that did not read got " + progress.size() + " of " + REPORTS + " reports");
        }
    }

    @Test
    void aToolThatLogsInALoopToAClientThatStopsReadingCannotBuryIt() throws Exception {
        int count = 200_000;
        try (McpStdioClient client = McpStdioClient.launch("log-flood", "quarkus.mcp.stdio.write-queue-max-size=16K")) {
            client.initialize("2025-11-25");
            client.request(1, "logging/setLevel", "{\"level\":\"info\"}");
            client.pauseReading();
            client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"log_flood\","
                    + "\"arguments\":{\"count\":" + count + "}}}");
            Thread.sleep(3000);
            client.resumeReading();

            List<JsonNode> messages = client.untilResponse(2);
            JsonNode response = messages.get(messages.size() - 1);
            assertEquals(String.valueOf(count), response.path("result").path("content").path(0).path("text").asText(),
                    response::toString);
            int logs = messages.size() - 1;
            assertTrue(logs > 0, "the first log messages get through");
            // What can wait for it is bounded in bytes: the pipe (64K on Linux), the writer's buffer (64K) and the queue
            // (16K here), about 1,600 messages of this size; without the bound, tens of thousands get queued.
            assertTrue(logs < 5_000, "a client that did not read got " + logs + " of " + count
                    + " log messages: the server queued them");
            assertEquals("{}", client.request(3, "ping", "{}").path("result").toString());
            System.out.println("stdio: a client that did not read got " + logs + " of " + count + " log messages");
        }
    }
}
