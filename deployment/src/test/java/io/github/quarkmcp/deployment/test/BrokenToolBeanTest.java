package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A tool bean that cannot be created (its constructor throws) fails the call, not the session: the call is answered
 * with an error result that says what went wrong, its id is free again at once, and the session goes on. Both for a
 * {@code Uni} tool (run on the event loop) and a plain one (run on a worker).
 */
public class BrokenToolBeanTest {

    static final String CAUSE = "the inventory service is unreachable";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, BrokenTools.class, HealthyTools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void aUniToolOfABrokenBeanIsAnsweredAndItsIdIsFreedAtOnce() throws Exception {
        callTwiceWithTheSameId("broken_async");
    }

    @Test
    void aPlainToolOfABrokenBeanIsAnsweredAndItsIdIsFreedAtOnce() throws Exception {
        callTwiceWithTheSameId("broken_plain");
    }

    private void callTwiceWithTheSameId(String tool) throws Exception {
        McpTestClient client = McpTestClient.connect(mcp);
        for (int attempt = 1; attempt <= 2; attempt++) {
            int round = attempt;
            JsonNode response = post(client.sessionId(), 7, "tools/call",
                    JsonNodeFactory.instance.objectNode().put("name", tool));
            assertEquals(7, response.path("id").asInt(), response::toString);
            assertFalse(response.has("error"),
                    () -> tool + ", call " + round + " with id 7: expected an error result, got " + response);
            JsonNode result = response.path("result");
            assertTrue(result.path("isError").asBoolean(), () -> tool + ": expected isError true: " + response);
            String text = result.path("content").path(0).path("text").asText();
            // What went wrong, as the bean's constructor said it, and nothing more (no stack trace).
            assertEquals(CAUSE, text, () -> tool + ": " + response);
        }
        // The session goes on: a ping, and tools of sound beans on either execution model.
        assertTrue(client.result("ping", JsonNodeFactory.instance.objectNode()).isEmpty());
        assertEquals("sound async", text(client.result("tools/call",
                JsonNodeFactory.instance.objectNode().put("name", "healthy_async"))));
        assertEquals("sound plain", text(client.result("tools/call",
                JsonNodeFactory.instance.objectNode().put("name", "healthy_plain"))));
    }

    private static String text(JsonNode result) {
        assertFalse(result.path("isError").asBoolean(), result::toString);
        return result.path("content").path(0).path("text").asText();
    }

    /** A request with this exact id in the session; its answer (plain JSON, no notifications expected). */
    private JsonNode post(String sessionId, int id, String method, ObjectNode params)
            throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(mcp)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("Mcp-Session-Id", sessionId)
                    .header("MCP-Protocol-Version", McpTestClient.PROTOCOL_VERSION)
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError(method + " with id " + id + " was not answered within " + TIMEOUT, e);
        }
        HttpResponse<String> http = response;
        assertEquals(200, http.statusCode(), () -> method + " " + id + ": HTTP " + http.statusCode() + " " + http.body());
        assertTrue(http.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type of " + http.headers().map() + ": " + http.body());
        return JSON.readTree(http.body());
    }

    @Singleton
    public static class BrokenTools {

        public BrokenTools() {
            throw new IllegalStateException(CAUSE);
        }

        @Tool(name = "broken_async")
        public Uni<String> brokenAsync() {
            return Uni.createFrom().item("never");
        }

        @Tool(name = "broken_plain")
        public String brokenPlain() {
            return "never";
        }
    }

    public static class HealthyTools {

        @Tool(name = "healthy_async")
        public Uni<String> healthyAsync() {
            return Uni.createFrom().item("sound async");
        }

        @Tool(name = "healthy_plain")
        public String healthyPlain() {
            return "sound plain";
        }
    }
}
