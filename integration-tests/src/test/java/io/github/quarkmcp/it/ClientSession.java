package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** An initialized MCP session of a {@link McpHttpClient}: its messages carry the session and version headers. */
public final class ClientSession {

    private final McpHttpClient client;
    private final String id;
    private final String protocolVersion;
    private final JsonNode initializeResult;

    ClientSession(McpHttpClient client, String id, String protocolVersion, JsonNode initializeResult) {
        this.client = client;
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.initializeResult = initializeResult;
    }

    public String id() {
        return id;
    }

    public String protocolVersion() {
        return protocolVersion;
    }

    public JsonNode initializeResult() {
        return initializeResult;
    }

    public McpHttpClient client() {
        return client;
    }

    /** A POST of {@code body} in this session: {@code Accept}, {@code Content-Type}, session and version headers. */
    public HttpRequest.Builder post(String body) {
        return client.post(body)
                .header("Mcp-Session-Id", id)
                .header("MCP-Protocol-Version", protocolVersion);
    }

    /** A POST of {@code body} in this session, without the {@code MCP-Protocol-Version} header. */
    public HttpRequest.Builder postWithoutVersion(String body) {
        return client.post(body).header("Mcp-Session-Id", id);
    }

    public McpResponse send(String body) {
        return client.send(post(body));
    }

    /** Sends a request with a fresh id; the response knows the id (see {@link McpResponse#result()}). */
    public McpResponse request(String method, Object params) {
        long requestId = client.nextId();
        return client.send(post(McpHttpClient.message(requestId, method, params)), requestId);
    }

    public McpResponse notify(String method, Object params) {
        return client.send(post(McpHttpClient.message(null, method, params)));
    }

    public McpResponse ping() {
        return request("ping", null);
    }

    public McpResponse callTool(String name, Map<String, ?> arguments) {
        return callTool(name, arguments, null);
    }

    /** {@code tools/call}; with a non-null {@code progressToken} it goes in {@code _meta} exactly as given. */
    public McpResponse callTool(String name, Map<String, ?> arguments, Object progressToken) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", name);
        params.put("arguments", arguments);
        if (progressToken != null) {
            params.put("_meta", Map.of("progressToken", progressToken));
        }
        return request("tools/call", params);
    }

    /** {@code DELETE} of the session. */
    public McpResponse delete() {
        return client.send(client.request().DELETE().header("Mcp-Session-Id", id));
    }

    /** Opens the session's standalone stream ({@code GET}); the caller reads and closes it. */
    public McpHttpClient.Opened openStream() {
        return client.open(client.request().GET()
                .header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", id)
                .header("MCP-Protocol-Version", protocolVersion)
                .build());
    }

    /** Asserts the session still answers a ping. */
    public void assertAlive() {
        McpResponse pong = ping();
        assertEquals(200, pong.status(), () -> "ping: " + pong);
        assertEquals(0, pong.result().size(), () -> "ping result: " + pong);
    }
}
