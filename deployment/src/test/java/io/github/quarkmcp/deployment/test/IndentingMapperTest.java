package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An application whose {@code ObjectMapper} indents its output must not break the wire: an event of the SSE answer
 * to a call with a progress token is exactly one {@code data:} line of JSON, and the structured result is intact.
 */
public class IndentingMapperTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Indenting.class, Tools.class,
                    Report.class, Line.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void everyEventIsOneDataLineOfJsonAndTheStructuredResultIsIntact() throws Exception {
        McpTestClient client = McpTestClient.connect(mcp);
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 42).put("method", "tools/call");
        ObjectNode params = message.putObject("params").put("name", "report");
        params.putObject("_meta").put("progressToken", "indent");

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(mcp)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", client.sessionId())
                .header("MCP-Protocol-Version", McpTestClient.PROTOCOL_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(),
                HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertEquals(200, response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                () -> "a call with progress streams: " + response.headers().map() + "\n" + body);

        List<JsonNode> messages = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            if (event.isBlank()) {
                continue;
            }
            List<String> dataLines = new ArrayList<>();
            for (String line : event.split("\n")) {
                assertTrue(line.startsWith("data:") || line.startsWith("event:") || line.startsWith("id:")
                        || line.startsWith(":"), () -> "not an SSE field line: [" + line + "] in the event\n" + event);
                if (line.startsWith("data:")) {
                    dataLines.add(line.substring("data:".length()));
                }
            }
            if (dataLines.isEmpty() && event.lines().allMatch(line -> line.startsWith(":"))) {
                continue; // a comment
            }
            assertEquals(1, dataLines.size(), () -> "an event must be one data line:\n" + event);
            messages.add(parse(dataLines.get(0), event));
        }

        JsonNode last = messages.get(messages.size() - 1);
        assertEquals(42, last.path("id").asInt(), () -> "the response is the last event: " + body);
        List<JsonNode> progress = messages.subList(0, messages.size() - 1);
        assertFalse(progress.isEmpty(), () -> "progress comes first: " + body);
        progress.forEach(notification -> {
            assertEquals("notifications/progress", notification.path("method").asText(), notification::toString);
            assertEquals("indent", notification.path("params").path("progressToken").asText(), notification::toString);
        });

        JsonNode result = last.path("result");
        assertFalse(result.path("isError").asBoolean(), last::toString);
        JsonNode expected = JSON.readTree("{\"title\":\"weekly\",\"count\":2,"
                + "\"lines\":[{\"item\":\"apples\",\"quantity\":3},{\"item\":\"pears\",\"quantity\":5}]}");
        assertEquals(expected, result.path("structuredContent"), last::toString);
        JsonNode text = result.path("content").path(0);
        assertEquals("text", text.path("type").asText(), last::toString);
        assertEquals(expected, parse(text.path("text").asText(), last.toString()), "the text item is the same JSON");
    }

    private static JsonNode parse(String json, String where) {
        try {
            JsonNode node = JSON.readTree(json);
            assertNotNull(node, () -> "no JSON in " + where);
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: [" + json + "] in\n" + where, e);
        }
    }

    @Singleton
    public static class Indenting implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
    }

    public record Line(String item, int quantity) {
    }

    public record Report(String title, int count, List<Line> lines) {
    }

    public static class Tools {

        @Tool(name = "report")
        public Report report(McpContext ctx) {
            ctx.reportProgress(1, 2, "counting");
            ctx.reportProgress(2, 2, "done");
            return new Report("weekly", 2, List.of(new Line("apples", 3), new Line("pears", 5)));
        }
    }
}
