package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An MCP client over Streamable HTTP, as small as the deployment tests need: it opens a session with
 * {@code initialize} and then sends JSON-RPC requests on it. It speaks to the real endpoint, so a test asserts what a
 * client sees on the wire.
 * <p>
 * A {@code QuarkusUnitTest} loads test classes from its archive only: add this class to it with
 * {@code jar.addClasses(McpTestClient.class)}.
 */
public final class McpTestClient {

    public static final String PROTOCOL_VERSION = "2025-11-25";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final ObjectMapper json = new ObjectMapper();
    private final URI endpoint;
    private String sessionId;
    private long nextId = 1;

    private McpTestClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A client with an initialized session on the endpoint, e.g. {@code @TestHTTPResource("/mcp") URI}. */
    public static McpTestClient connect(URI endpoint) {
        McpTestClient client = new McpTestClient(endpoint);
        client.initialize();
        return client;
    }

    /** The session this client's {@code initialize} opened. */
    public String sessionId() {
        return sessionId;
    }

    /** Every tool of {@code tools/list}, following {@code nextCursor} through all pages. */
    public List<JsonNode> listTools() {
        List<JsonNode> tools = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode params = json.createObjectNode();
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonNode result = result("tools/list", params);
            result.get("tools").forEach(tools::add);
            cursor = result.hasNonNull("nextCursor") ? result.get("nextCursor").asText() : null;
        } while (cursor != null);
        return tools;
    }

    /** The {@code tools/list} entry of one tool; fails the test if it is not listed. */
    public JsonNode tool(String name) {
        for (JsonNode tool : listTools()) {
            if (name.equals(tool.path("name").asText())) {
                return tool;
            }
        }
        throw new AssertionError("Tool " + name + " is not listed");
    }

    /** The {@code result} of a request; fails the test if the server answered with an error. */
    public JsonNode result(String method, ObjectNode params) {
        JsonNode response = request(method, params).response();
        assertFalse(response.has("error"), () -> method + " failed: " + response);
        return response.get("result");
    }

    /** Sends a request on the session and reads its whole answer, whether plain JSON or an event stream. */
    public Exchange request(String method, ObjectNode params) {
        long id = nextId++;
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        HttpResponse<String> response = post(message);
        return Exchange.read(response, id, json);
    }

    private void initialize() {
        ObjectNode params = json.createObjectNode().put("protocolVersion", PROTOCOL_VERSION);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "quarkus-mcp-deployment-tests").put("version", "1");
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", nextId++)
                .put("method", "initialize");
        message.set("params", params);
        HttpResponse<String> response = post(message);
        assertEquals(200, response.statusCode(), () -> "initialize failed: " + response.body());
        sessionId = response.headers().firstValue("Mcp-Session-Id").orElse(null);
        assertNotNull(sessionId, "initialize answered without an Mcp-Session-Id header");

        ObjectNode initialized = json.createObjectNode().put("jsonrpc", "2.0")
                .put("method", "notifications/initialized");
        assertEquals(202, post(initialized).statusCode(), "notifications/initialized was not accepted");
    }

    private HttpResponse<String> post(ObjectNode message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
        if (sessionId != null) {
            request.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", PROTOCOL_VERSION);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + endpoint, e);
        }
    }

    /**
     * What the server sent for one request: the notifications that came first (progress, logs) and the response.
     */
    public record Exchange(List<JsonNode> notifications, JsonNode response) {

        static Exchange read(HttpResponse<String> http, long id, ObjectMapper json) {
            assertEquals(200, http.statusCode(), () -> "Request " + id + " failed: " + http.body());
            String contentType = http.headers().firstValue("Content-Type").orElse("");
            List<JsonNode> messages = new ArrayList<>();
            try {
                if (contentType.startsWith("text/event-stream")) {
                    for (String line : http.body().split("\n")) {
                        if (line.startsWith("data:")) {
                            messages.add(json.readTree(line.substring("data:".length())));
                        }
                    }
                } else {
                    JsonNode body = json.readTree(http.body());
                    if (body instanceof ArrayNode) {
                        body.forEach(messages::add);
                    } else {
                        messages.add(body);
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("Request " + id + " was answered with malformed JSON: " + http.body(), e);
            }
            List<JsonNode> notifications = new ArrayList<>();
            JsonNode response = null;
            for (JsonNode message : messages) {
                if (message.has("id") && message.get("id").asLong() == id && !message.has("method")) {
                    response = message;
                } else {
                    notifications.add(message);
                }
            }
            assertNotNull(response, () -> "No response to request " + id + " in: " + http.body());
            return new Exchange(notifications, response);
        }
    }
}
