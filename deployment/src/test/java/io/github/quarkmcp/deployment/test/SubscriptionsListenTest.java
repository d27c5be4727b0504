package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.McpNotifier;
import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * 2026-07-28 {@code subscriptions/listen}: the acknowledgement comes first and names what the server honours; each
 * message carries the subscription's id (the request's id, its JSON type kept); {@link McpNotifier} reaches exactly
 * the streams that asked for that kind of change.
 */
public class SubscriptionsListenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .overrideConfigKey("quarkus.mcp.tools.list-changed", "true");

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void listenersHearOfTheChangesTheyAskedFor() throws Exception {
        BlockingQueue<JsonNode> tools = listen("7", "{\"toolsListChanged\":true}");
        BlockingQueue<JsonNode> nothing = listen("\"quiet\"", "{}");

        JsonNode toolsAck = next(tools);
        assertEquals("notifications/subscriptions/acknowledged", toolsAck.path("method").asText(), toolsAck::toString);
        assertEquals(JSON.readTree("{\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":7},"
                + "\"notifications\":{\"toolsListChanged\":true}}"), toolsAck.get("params"));
        JsonNode quietAck = next(nothing);
        assertEquals(JSON.readTree("{\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":\"quiet\"},"
                + "\"notifications\":{}}"), quietAck.get("params"));

        JsonNode announced = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"announce\","
                + "\"arguments\":{}," + META + "}}", "tools/call", "announce");
        assertEquals("complete", announced.path("result").path("resultType").asText(), announced::toString);

        JsonNode changed = next(tools);
        assertEquals("notifications/tools/list_changed", changed.path("method").asText(), changed::toString);
        assertEquals(7, changed.path("params").path("_meta").path("io.modelcontextprotocol/subscriptionId").asInt());
        assertNull(nothing.poll(500, TimeUnit.MILLISECONDS), "a stream that did not ask hears nothing");
    }

    @Test
    void aMalformedFilterIsInvalidParams() throws Exception {
        JsonNode refused = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"subscriptions/listen\",\"params\":{"
                + "\"notifications\":{\"toolsListChanged\":\"yes\"}," + META + "}}", "subscriptions/listen", null);
        assertEquals(-32602, refused.path("error").path("code").asInt(), refused::toString);
        assertEquals("Invalid params: \"notifications.toolsListChanged\" must be a boolean",
                refused.path("error").path("message").asText());
        assertEquals(3, refused.path("id").asInt());
    }

    static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private HttpRequest.Builder request(String body, String method, String name) {
        HttpRequest.Builder request = HttpRequest.newBuilder(mcp).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", method);
        return name == null ? request : request.header("Mcp-Name", name);
    }

    private JsonNode post(String body, String method, String name) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(body, method, name).build(),
                HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        if (text.startsWith("event:") || text.startsWith("data:")) {
            String last = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("data:")) {
                    last = line.substring(5).trim();
                }
            }
            text = last;
        }
        return JSON.readTree(text);
    }

    /** Opens a listen stream with request id {@code idJson} and collects its messages. */
    private BlockingQueue<JsonNode> listen(String idJson, String filter) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"subscriptions/listen\",\"params\":{"
                + "\"notifications\":" + filter + "," + META + "}}";
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request(body, "subscriptions/listen", null)
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:")) {
                        messages.add(JSON.readTree(line.substring(5).trim()));
                    }
                }
            } catch (Exception e) {
                // the stream ended with the test
            }
        }, "listen-reader");
        reader.setDaemon(true);
        reader.start();
        return messages;
    }

    private static JsonNode next(BlockingQueue<JsonNode> messages) throws InterruptedException {
        JsonNode message = messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(message != null, "no message within " + TIMEOUT);
        return message;
    }

    static class Tools {

        @Inject
        McpNotifier notifier;

        @Tool(description = "Says that the tool list changed")
        String announce() {
            notifier.toolsListChanged();
            return "announced";
        }
    }
}
