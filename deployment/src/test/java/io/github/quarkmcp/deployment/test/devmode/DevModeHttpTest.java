package io.github.quarkmcp.deployment.test.devmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.deployment.test.McpTestClient;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * Dev mode over Streamable HTTP: an edit to a tool takes effect on the next message, the client keeps its session
 * (no 404), and a client with its stream open is told that the tools changed.
 */
public class DevModeHttpTest {

    private static final URI MCP = URI.create("http://localhost:8080/mcp");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DevModeTools.class, McpTestClient.class));

    @Test
    void editsTakeEffectAndTheSessionIsKept() throws Exception {
        McpTestClient client = McpTestClient.connect(MCP);
        assertEquals(Map.of("echo", "Echoes the text"), descriptions(client));
        BlockingQueue<String> stream = openStream(client.sessionId());
        BlockingQueue<String> listen = openListenStream();
        JsonNode acknowledged = JSON.readTree(listen.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals("{\"toolsListChanged\":true}", acknowledged.path("params").path("notifications").toString(),
                "dev mode honours toolsListChanged: " + acknowledged);

        test.modifySourceFile(DevModeTools.class, source -> source.replace("Echoes the text", "Repeats the text"));
        assertEquals(Map.of("echo", "Repeats the text"), descriptions(client), "changed description, same session");
        assertTrue(awaitEvent(stream, "notifications/tools/list_changed", null), "the open stream heard of the change");
        // 2026-07-28: a subscriptions/listen stream that asked for it hears of it too, tagged with its id.
        assertTrue(awaitEvent(listen, "notifications/tools/list_changed", "dev-listen"),
                "the listen stream heard of the change");

        test.modifySourceFile(DevModeTools.class, source -> source.replace("// <new tools>",
                "@io.github.quarkmcp.Tool(description = \"Shouts\") public String shout(String text) {"
                        + " return text.toUpperCase(); }"));
        assertEquals(Map.of("echo", "Repeats the text", "shout", "Shouts"), descriptions(client), "a new tool");
        assertEquals("HEY", client.result("tools/call", call("shout", "hey")).path("content").path(0).path("text")
                .asText());

        test.modifySourceFile(DevModeTools.class, source -> source.replace("@io.github.quarkmcp.Tool(description = \"Shouts\")",
                ""));
        assertEquals(Map.of("echo", "Repeats the text"), descriptions(client), "a removed tool");

        test.modifySourceFile(DevModeTools.class, source -> source.replace("String echo(String text)",
                "String echo(String text, int times)").replace("return text;", "return text.repeat(times);"));
        JsonNode echo = client.tool("echo");
        assertEquals(List.of("text", "times"), fieldNames(echo.path("inputSchema").path("properties")),
                "changed parameters");

        // A new resource and a new prompt: clients are told that those lists changed.
        test.modifySourceFile(DevModeTools.class, source -> addMember(source,
                "@io.github.quarkmcp.Resource(uri = \"dev://notes\") public String notes() { return \"my notes\"; }"));
        assertEquals("my notes", client.result("resources/read", JSON.createObjectNode().put("uri", "dev://notes"))
                .path("contents").path(0).path("text").asText());
        assertTrue(awaitEvent(stream, "notifications/resources/list_changed", null), "heard of the new resource");
        test.modifySourceFile(DevModeTools.class, source -> addMember(source,
                "@io.github.quarkmcp.Prompt public String greeting() { return \"Say hello\"; }"));
        assertEquals("greeting", client.result("prompts/list", JSON.createObjectNode()).path("prompts").path(0)
                .path("name").asText());
        assertTrue(awaitEvent(stream, "notifications/prompts/list_changed", null), "heard of the new prompt");
    }

    /** The class's source with {@code member} added at its end. */
    private static String addMember(String source, String member) {
        int end = source.lastIndexOf('}');
        return source.substring(0, end) + "    " + member + "\n" + source.substring(end);
    }

    private static Map<String, String> descriptions(McpTestClient client) {
        return client.listTools().stream().collect(Collectors.toMap(tool -> tool.path("name").asText(),
                tool -> tool.path("description").asText()));
    }

    private static List<String> fieldNames(JsonNode object) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(object.fieldNames(), 0), false).sorted()
                .toList();
    }

    private static ObjectNode call(String tool, String text) {
        ObjectNode params = new ObjectMapper().createObjectNode().put("name", tool);
        params.putObject("arguments").put("text", text);
        return params;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens the session's GET stream and collects its {@code data:} lines. */
    private static BlockingQueue<String> openStream(String sessionId) throws Exception {
        return collectDataLines(HttpRequest.newBuilder(MCP).GET().header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", McpTestClient.PROTOCOL_VERSION)
                .build());
    }

    /** Opens a 2026-07-28 {@code subscriptions/listen} stream (id {@code "dev-listen"}) for tool list changes. */
    private static BlockingQueue<String> openListenStream() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":\"dev-listen\",\"method\":\"subscriptions/listen\",\"params\":{"
                + "\"notifications\":{\"toolsListChanged\":true},\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        return collectDataLines(HttpRequest.newBuilder(MCP).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "subscriptions/listen").build());
    }

    private static BlockingQueue<String> collectDataLines(HttpRequest request) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:")) {
                        lines.add(line.substring(5).trim());
                    }
                }
            } catch (Exception e) {
                // the stream was closed by the reload: what it carried is in the queue
            }
        }, "dev-mode-stream-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Whether {@code method} arrives in time, tagged with {@code subscriptionId} (untagged if {@code null}). */
    private static boolean awaitEvent(BlockingQueue<String> lines, String method, String subscriptionId)
            throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            JsonNode message = line == null ? null : JSON.readTree(line);
            if (message != null && method.equals(message.path("method").asText())) {
                JsonNode tag = message.path("params").path("_meta").path("io.modelcontextprotocol/subscriptionId");
                return subscriptionId == null ? tag.isMissingNode() : subscriptionId.equals(tag.asText(null));
            }
        }
        return false;
    }
}
