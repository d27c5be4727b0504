package io.github.quarkmcp.it.stdio;

import static io.github.quarkmcp.it.stdio.McpStdioClient.modernMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool that asks its client ({@code summarise}: sampling) over stdio, on the packaged app: in 2025 the question is
 * a request of the server's on stdout, answered on stdin; in 2026-07-28 the call answers {@code input_required} and
 * the retry brings the answer and the state.
 */
class StdioAskingIT {

    private static final String ANSWER = "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"Short.\"},"
            + "\"model\":\"test-model\"}";

    @Test
    void legacyTheServerAsksOnStdoutAndTheAnswerComesOnStdin() {
        try (McpStdioClient client = McpStdioClient.launch("legacy-asking")) {
            client.initialize("2025-11-25", "{\"sampling\":{}}");
            client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"summarise\","
                    + "\"arguments\":{\"text\":\"a long story\"}}}");
            JsonNode question = client.next();
            assertEquals("sampling/createMessage", question.path("method").asText(), question::toString);
            assertEquals("Summarise in one line: a long story",
                    question.path("params").path("messages").path(0).path("content").path("text").asText());
            client.send("{\"jsonrpc\":\"2.0\",\"id\":" + question.get("id") + ",\"result\":" + ANSWER + "}");
            List<JsonNode> messages = client.untilResponse(1);
            assertEquals(1, messages.size(), messages::toString);
            assertEquals("Short.", messages.get(0).path("result").path("content").path(0).path("text").asText(),
                    messages::toString);
            assertNull(client.poll(Duration.ofMillis(300)), "nothing after the result");
        }
    }

    @Test
    void modernTheCallEndsWithTheQuestionAndTheRetryBringsTheAnswer() {
        try (McpStdioClient client = McpStdioClient.launch("modern-asking")) {
            String call = "\"name\":\"summarise\",\"arguments\":{\"text\":\"a long story\"}," + modernMeta("{\"sampling\":{}}", "");
            JsonNode first = client.request(1, "tools/call", "{" + call + "}");
            JsonNode result = first.path("result");
            assertEquals("input_required", result.path("resultType").asText(), first::toString);
            assertEquals("sampling/createMessage", result.path("inputRequests").path("sampling").path("method").asText(),
                    first::toString);
            JsonNode retry = client.request(2, "tools/call", "{" + call + ",\"inputResponses\":{\"sampling\":" + ANSWER
                    + "},\"requestState\":" + result.get("requestState") + "}");
            assertEquals("complete", retry.path("result").path("resultType").asText(), retry::toString);
            assertEquals("Short.", retry.path("result").path("content").path(0).path("text").asText(), retry::toString);
        }
    }
}
