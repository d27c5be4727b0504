package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What malformed or unknown JSON-RPC gets, and logging/setLevel. */
@QuarkusTest
class JsonRpcErrorTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    ClientSession session;

    @BeforeEach
    void connect() {
        session = new McpHttpClient(endpoint).connect();
    }

    @Test
    void malformedJsonIsAParseError() {
        McpResponse response = session.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");

        assertEquals(400, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode body = response.json();
        assertTrue(body.get("id").isNull(), body::toString);
        JsonNode error = response.error();
        assertEquals(-32700, error.path("code").asInt());
        assertTrue(error.path("message").asText().startsWith("Parse error"), error::toString);
        assertNoStackTrace(error);
    }

    @Test
    void anEmptyBodyIsAParseError() {
        McpResponse response = session.send("");

        assertEquals(400, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32700, error.path("code").asInt());
        assertEquals("Parse error: the message is empty", error.path("message").asText());
    }

    @Test
    void aBatchIsRefusedFrom20250618() {
        McpResponse response = session.send("[" + McpHttpClient.message(1, "ping", null) + ","
                + McpHttpClient.message(2, "ping", null) + "]");

        assertEquals(400, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32600, error.path("code").asInt());
        assertEquals("Invalid request: JSON-RPC batches are not allowed in protocol version 2025-11-25",
                error.path("message").asText());
    }

    @Test
    void anObjectWithoutJsonrpcIsAnInvalidRequest() {
        McpResponse response = session.send("{\"id\":5,\"method\":\"ping\"}");

        assertEquals(400, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32600, error.path("code").asInt());
        assertEquals("Invalid request: \"jsonrpc\" must be \"2.0\"", error.path("message").asText());
        assertEquals(5, response.json().path("id").asInt(), "the id is echoed when it could be read");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsAnInvalidRequest() {
        McpResponse response = session.send("42");

        assertEquals(400, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32600, error.path("code").asInt());
        assertEquals("Invalid request: a JSON-RPC message must be a JSON object, got NUMBER",
                error.path("message").asText());
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        McpResponse response = session.request("foo/bar", null);

        assertEquals(200, response.status(), response::toString);
        assertEquals("application/json", response.contentType());
        JsonNode error = response.error();
        assertEquals(-32601, error.path("code").asInt());
        assertEquals("Method not found: foo/bar", error.path("message").asText());
        assertEquals(response.requestId(), response.message().path("id").asLong());
    }

    @Test
    void aStringIdIsEchoedAsAString() {
        McpResponse response = session.send(McpHttpClient.message("req-1", "foo/bar", null));

        JsonNode id = response.message().get("id");
        assertTrue(id.isTextual(), id::toString);
        assertEquals("req-1", id.asText());
    }

    @Test
    void anUnknownLogLevelIsInvalidParams() {
        McpResponse response = session.request("logging/setLevel", Map.of("level", "loud"));

        assertEquals(200, response.status(), response::toString);
        JsonNode error = response.error();
        assertEquals(-32602, error.path("code").asInt());
        assertEquals("Invalid params: \"level\" must be one of debug, info, notice, warning, error, critical, alert, "
                + "emergency", error.path("message").asText());
    }

    @Test
    void setLevelAnswersAnEmptyResult() {
        McpResponse response = session.request("logging/setLevel", Map.of("level", "debug"));

        assertEquals(200, response.status(), response::toString);
        JsonNode result = response.result();
        assertTrue(result.isObject() && result.isEmpty(), result::toString);
    }

    private static void assertNoStackTrace(JsonNode error) {
        String text = error.toString();
        assertTrue(!text.contains("\tat ") && !text.contains("Exception"), () -> "no stack trace to the client: " + text);
    }
}
