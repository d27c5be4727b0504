package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small MCP Streamable HTTP client for tests, on the JDK's {@link HttpClient}: it builds JSON-RPC messages,
 * posts them with the headers MCP asks for, and reads each response to its end (see {@link McpResponse}).
 * Every call has a timeout, so a server that never answers fails the test instead of hanging it.
 */
public final class McpHttpClient {

    public static final String LATEST = "2025-11-25";
    /** The stateless protocol version: no session, every request carries its own {@code _meta}. */
    public static final String MODERN = "2026-07-28";
    public static final String ACCEPT_BOTH = "application/json, text/event-stream";
    /** The longest any single HTTP exchange of a test may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: the server speaks it on a plain socket; no h2c upgrade attempts.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private final URI endpoint;
    private final AtomicLong ids = new AtomicLong();

    public McpHttpClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    public URI endpoint() {
        return endpoint;
    }

    // --- sessions ---

    /** Sends {@code initialize} asking for {@code protocolVersion}, and returns the raw answer. */
    public McpResponse initialize(String protocolVersion) {
        return initialize(protocolVersion, Map.of());
    }

    /** Sends {@code initialize} declaring {@code capabilities}, and returns the raw answer. */
    public McpResponse initialize(String protocolVersion, Map<String, ?> capabilities) {
        long id = nextId();
        return send(post(message(id, "initialize", initializeParams(protocolVersion, capabilities))), id);
    }

    /**
     * Opens a session as a client does: {@code initialize}, then {@code notifications/initialized}; asserts both
     * succeed. Later messages of the session carry {@code Mcp-Session-Id} and the negotiated
     * {@code MCP-Protocol-Version}.
     */
    public ClientSession connect(String protocolVersion) {
        return connect(protocolVersion, Map.of());
    }

    /** {@link #connect(String)}, declaring {@code capabilities} (elicitation, sampling, roots) in initialize. */
    public ClientSession connect(String protocolVersion, Map<String, ?> capabilities) {
        McpResponse response = initialize(protocolVersion, capabilities);
        assertEquals(200, response.status(), () -> "initialize: " + response);
        String sessionId = response.header("Mcp-Session-Id")
                .orElseThrow(() -> new AssertionError("initialize answered without Mcp-Session-Id: " + response));
        JsonNode result = response.result();
        ClientSession session = new ClientSession(this, sessionId, result.path("protocolVersion").asText(), result);
        McpResponse initialized = session.notify("notifications/initialized", null);
        assertEquals(202, initialized.status(), () -> "notifications/initialized: " + initialized);
        return session;
    }

    public ClientSession connect() {
        return connect(LATEST);
    }

    static Map<String, Object> initializeParams(String protocolVersion) {
        return initializeParams(protocolVersion, Map.of());
    }

    static Map<String, Object> initializeParams(String protocolVersion, Map<String, ?> capabilities) {
        return Map.of("protocolVersion", protocolVersion,
                "capabilities", capabilities,
                "clientInfo", Map.of("name", "quarkus-mcp-tests", "version", "1.0"));
    }

    // --- 2026-07-28: stateless requests ---

    /**
     * {@code params} (a map, a JSON object or null) with the per-request fields of 2026-07-28 merged into its
     * {@code _meta}: the protocol version, no client capabilities, the client's info, and {@code logLevel} unless null.
     */
    public static ObjectNode withModernMeta(Object params, String logLevel) {
        return withModernMeta(params, logLevel, Map.of());
    }

    /** {@link #withModernMeta(Object, String)}, declaring {@code capabilities} unless {@code _meta} has its own. */
    public static ObjectNode withModernMeta(Object params, String logLevel, Map<String, ?> capabilities) {
        ObjectNode node = params == null ? JSON.createObjectNode() : ((ObjectNode) JSON.valueToTree(params)).deepCopy();
        ObjectNode meta = node.has("_meta") ? (ObjectNode) node.get("_meta") : node.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", MODERN);
        if (!meta.has("io.modelcontextprotocol/clientCapabilities")) {
            meta.set("io.modelcontextprotocol/clientCapabilities", JSON.valueToTree(capabilities));
        }
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "quarkus-mcp-tests").put("version", "1.0");
        if (logLevel != null) {
            meta.put("io.modelcontextprotocol/logLevel", logLevel);
        }
        return node;
    }

    /**
     * A 2026-07-28 POST of the message {@code id} (null for a notification), {@code method}, {@code params} (already
     * with its {@code _meta}), with the headers such a client sends: {@code MCP-Protocol-Version}, {@code Mcp-Method}
     * and, for a call of a named thing, {@code Mcp-Name}.
     */
    public HttpRequest.Builder statelessPost(Object id, String method, JsonNode params) {
        HttpRequest.Builder post = post(message(id, method, params)).header("MCP-Protocol-Version", MODERN);
        if (id != null) {
            post.header("Mcp-Method", method);
            JsonNode name = params == null ? null : params.has("name") ? params.get("name") : params.get("uri");
            if (name != null && name.isTextual()) {
                post.header("Mcp-Name", name.asText());
            }
        }
        return post;
    }

    /** Sends a 2026-07-28 request (its {@code _meta} added) and reads the whole response. */
    public McpResponse statelessRequest(String method, Object params) {
        long id = nextId();
        return send(statelessPost(id, method, withModernMeta(params, null)), id);
    }

    // --- messages ---

    public long nextId() {
        return ids.incrementAndGet();
    }

    /** A JSON-RPC request ({@code id} non-null) or notification ({@code id} null); {@code params} may be null. */
    public static String message(Object id, String method, Object params) {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0");
        if (id != null) {
            message.set("id", JSON.valueToTree(id));
        }
        message.put("method", method);
        if (params != null) {
            message.set("params", JSON.valueToTree(params));
        }
        return write(message);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // --- HTTP ---

    /** A request to the endpoint, with the timeout for the status line and headers. */
    public HttpRequest.Builder request() {
        return HttpRequest.newBuilder(endpoint).timeout(TIMEOUT);
    }

    /** A POST of {@code body} with the headers every MCP POST carries ({@code Accept}, {@code Content-Type}). */
    public HttpRequest.Builder post(String body) {
        return request()
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", ACCEPT_BOTH)
                .header("Content-Type", "application/json");
    }

    /** Sends the request and reads the whole response, to the end of its body. */
    public McpResponse send(HttpRequest.Builder request) {
        return send(request, null);
    }

    /** Sends the request and reads the whole response, which answers the request {@code requestId}. */
    public McpResponse send(HttpRequest.Builder request, Object requestId) {
        Opened opened = open(request.build());
        try (LineStream body = opened.body()) {
            return new McpResponse(opened.status(), opened.headers(), body.rest(TIMEOUT), requestId);
        }
    }

    /**
     * Sends the request and returns as soon as the status line and headers are in; the body is then read line by
     * line (for streams that stay open). Close it when done.
     */
    public Opened open(HttpRequest request) {
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher())
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no response to " + request + " within " + TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new AssertionError(request + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Opened(response.statusCode(), response.headers(), new LineStream(response.body()));
    }

    /** A response whose headers are in and whose body is still arriving. */
    public record Opened(int status, HttpHeaders headers, LineStream body) implements AutoCloseable {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public void close() {
            body.close();
        }
    }

    /** Asserts a refusal of the transport: the status, and a JSON-RPC error body with id null, code and message. */
    public static void assertRefused(McpResponse response, int status, int code, String message) {
        assertEquals(status, response.status(), () -> "status of " + response);
        assertEquals("application/json", response.contentType(), () -> "Content-Type of " + response);
        JsonNode body = response.json();
        assertTrue(body.get("id") != null && body.get("id").isNull(), () -> "id should be null: " + body);
        JsonNode error = response.error();
        assertEquals(code, error.path("code").asInt(), () -> "code of " + body);
        assertEquals(message, error.path("message").asText(), () -> "message of " + body);
    }
}
