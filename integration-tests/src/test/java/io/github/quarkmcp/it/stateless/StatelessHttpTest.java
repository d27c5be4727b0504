package io.github.quarkmcp.it.stateless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.it.ClientSession;
import io.github.quarkmcp.it.McpHttpClient;
import io.github.quarkmcp.it.McpResponse;
import io.github.quarkmcp.it.SseEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The stateless protocol (2026-07-28) over Streamable HTTP, beside 2025 sessions on the same endpoint: what a modern
 * client gets (server/discover, resultType and serverInfo on every result, caching hints on lists), and every
 * refusal of the era, each with its HTTP status, JSON-RPC code, message and the request's id.
 */
@QuarkusTest
class StatelessHttpTest {

    static final String SERVER_INFO = "{\"name\":\"quarkus-mcp-demo\",\"version\":\"1.0.0-SNAPSHOT\"}";

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client() {
        return new McpHttpClient(endpoint);
    }

    // --- what a modern client gets ---

    @Test
    void serverDiscoverTellsVersionsCapabilitiesAndIdentity() {
        McpResponse response = client().statelessRequest("server/discover", null);
        assertEquals(200, response.status(), response::toString);
        assertFalse(response.header("Mcp-Session-Id").isPresent(), "no session in 2026-07-28: " + response);
        JsonNode result = response.result();
        assertEquals("complete", result.path("resultType").asText());
        assertEquals(McpHttpClient.parse("[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"]"),
                result.get("supportedVersions"));
        // Resources come and go at run time in the demo (McpResources), so their list can change; the rest cannot.
        assertEquals(McpHttpClient.parse("{\"tools\":{\"listChanged\":false},\"resources\":{\"subscribe\":true,"
                + "\"listChanged\":true},\"prompts\":{\"listChanged\":false},\"completions\":{},\"logging\":{}}"),
                result.get("capabilities"));
        assertEquals(McpHttpClient.parse(SERVER_INFO), result.path("_meta").get("io.modelcontextprotocol/serverInfo"));
        assertEquals("Demo tools of quarkus-mcp: process_items shows progress while it works.",
                result.path("instructions").asText());
        assertEquals(3_600_000, result.path("ttlMs").asLong());
        assertEquals("public", result.path("cacheScope").asText());
    }

    @Test
    void toolsListIsCompleteCacheableAndSortedByName() {
        JsonNode result = client().statelessRequest("tools/list", null).result();
        assertEquals("complete", result.path("resultType").asText());
        assertEquals(McpHttpClient.parse(SERVER_INFO), result.path("_meta").get("io.modelcontextprotocol/serverInfo"));
        assertEquals(3_600_000, result.path("ttlMs").asLong());
        assertEquals("public", result.path("cacheScope").asText());
        List<String> names = new ArrayList<>();
        result.path("tools").forEach(tool -> names.add(tool.path("name").asText()));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "deterministic order");
        assertTrue(names.contains("process_items"), names::toString);
    }

    @Test
    void aToolCallStreamsProgressThenACompleteResult() {
        McpResponse response = client().statelessRequest("tools/call", Map.of("name", "process_items",
                "arguments", Map.of("items", List.of("a", "b")), "_meta", Map.of("progressToken", "stateless-1")));
        assertTrue(response.isEventStream(), response::toString);
        List<Double> progress = new ArrayList<>();
        response.events().forEach(event -> {
            JsonNode message = event.json();
            if ("notifications/progress".equals(message.path("method").asText(null))) {
                assertEquals("stateless-1", message.path("params").path("progressToken").asText());
                progress.add(message.path("params").path("progress").asDouble());
            }
        });
        assertEquals(List.of(0.0, 1.0, 2.0), progress);
        JsonNode result = response.result();
        assertEquals("complete", result.path("resultType").asText());
        assertEquals(McpHttpClient.parse("{\"processed\":2,\"results\":[\"A\",\"B\"]}"), result.get("structuredContent"));
        assertFalse(response.header("Mcp-Session-Id").isPresent());
    }

    @Test
    void theContextTellsTheRequestsOwnVersionCapabilitiesAndClient() {
        McpHttpClient client = client();
        ObjectNode params = McpHttpClient.withModernMeta(Map.of("name", "call_info", "arguments", Map.of()), null);
        ((ObjectNode) params.get("_meta")).putObject("io.modelcontextprotocol/clientCapabilities").putObject("roots");
        long id = client.nextId();
        McpResponse response = client.send(client.statelessPost(id, "tools/call", params));
        JsonNode info = response.json().path("result").path("structuredContent");
        assertEquals("2026-07-28", info.path("protocolVersion").asText(), response::toString);
        assertTrue(info.path("sessionId").isNull(), () -> "no session id in 2026-07-28: " + info);
        assertEquals(McpHttpClient.parse("[\"roots\"]"), info.get("clientCapabilities"));
        assertEquals("quarkus-mcp-tests", info.path("clientName").asText());
    }

    @Test
    void aLegacySessionOnTheSameEndpointStillGetsLegacyResults() {
        ClientSession session = client().connect();
        JsonNode result = session.request("tools/list", Map.of()).result();
        assertFalse(result.has("resultType"), "2025 results have no resultType: " + result);
        assertFalse(result.has("ttlMs"), result::toString);
        JsonNode info = session.callTool("call_info", Map.of()).result().path("structuredContent");
        assertEquals("2025-11-25", info.path("protocolVersion").asText(), info::toString);
        assertEquals(session.id(), info.path("sessionId").asText());
        assertEquals("quarkus-mcp-tests", info.path("clientName").asText());
        session.delete();
    }

    @Test
    void anMcpSessionIdHeaderIsIgnoredAndNoneIsMinted() {
        McpHttpClient client = client();
        long id = client.nextId();
        McpResponse response = client.send(client.statelessPost(id, "tools/list", McpHttpClient.withModernMeta(null, null))
                .header("Mcp-Session-Id", "not-a-session"), id);
        assertEquals(200, response.status(), response::toString);
        assertEquals("complete", response.result().path("resultType").asText());
        assertFalse(response.header("Mcp-Session-Id").isPresent());
    }

    @Test
    void aListenStreamHearsOfTheResourcesItSubscribedTo() {
        McpHttpClient client = client();
        String latest = "file:///reports/latest.csv";
        try (McpHttpClient.Opened listen = client.open(client.statelessPost("listen-1", "subscriptions/listen",
                McpHttpClient.withModernMeta(Map.of("notifications", Map.of("resourceSubscriptions", List.of(latest),
                        "resourcesListChanged", true, "promptsListChanged", true)), null)).build())) {
            SseEvent.Parser events = new SseEvent.Parser();
            JsonNode ack = next(listen, events);
            // promptsListChanged is not honoured (the demo's prompts do not change), so the acknowledgement leaves it out.
            assertEquals(McpHttpClient.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/subscriptions/acknowledged\","
                    + "\"params\":{\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":\"listen-1\"},\"notifications\":"
                    + "{\"resourcesListChanged\":true,\"resourceSubscriptions\":[\"" + latest + "\"]}}}"), ack);
            client.statelessRequest("tools/call", Map.of("name", "refresh_latest_report", "arguments", Map.of()));
            assertEquals(McpHttpClient.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":\"listen-1\"},\"uri\":\""
                    + latest + "\"}}"), next(listen, events));
        }
    }

    /** The next message of an event stream. */
    private static JsonNode next(McpHttpClient.Opened stream, SseEvent.Parser events) {
        int seen = events.events().size();
        long deadline = System.nanoTime() + McpHttpClient.TIMEOUT.toNanos();
        while (events.events().size() == seen && System.nanoTime() < deadline) {
            stream.body().poll(Duration.ofMillis(100)).ifPresent(line -> events.line(line.text(), line.nanos()));
        }
        assertTrue(events.events().size() > seen, "no event within " + McpHttpClient.TIMEOUT);
        return events.events().get(seen).json();
    }

    // --- required client capabilities ---

    @Test
    void aToolThatNeedsACapabilityTheClientDidNotDeclareIsRefusedBeforeItRuns() {
        McpResponse response = client().statelessRequest("tools/call", Map.of("name", "confirm_with_user",
                "arguments", Map.of()));
        assertRefused(response, 400, -32021, "Missing required client capability: Tool confirm_with_user needs the client"
                + " capability elicitation, which this client did not declare");
        assertEquals(McpHttpClient.parse("{\"requiredCapabilities\":{\"elicitation\":{}}}"), response.error().get("data"));
    }

    @Test
    void aToolThatNeedsADeclaredCapabilityRuns() {
        McpHttpClient client = client();
        ObjectNode params = McpHttpClient.withModernMeta(Map.of("name", "confirm_with_user", "arguments", Map.of()), null);
        ((ObjectNode) params.get("_meta")).putObject("io.modelcontextprotocol/clientCapabilities").putObject("elicitation");
        long id = client.nextId();
        McpResponse response = client.send(client.statelessPost(id, "tools/call", params), id);
        assertEquals("this client can ask its user", response.result().path("content").path(0).path("text").asText());
    }

    @Test
    void aLegacySessionWithoutTheCapabilityGetsAToolErrorNamingIt() {
        ClientSession session = client().connect(); // initialize declared no capabilities
        JsonNode result = session.callTool("confirm_with_user", Map.of()).result();
        assertTrue(result.path("isError").asBoolean(), result::toString);
        assertEquals("Tool confirm_with_user needs the client capability elicitation, which this client did not declare",
                result.path("content").path(0).path("text").asText());
        session.delete();
    }

    // --- request _meta ---

    @Test
    void aRequestWithoutMetaIsInvalidParams() {
        McpResponse response = send("tools/list", McpHttpClient.parse("{}"));
        assertRefused(response, 400, -32602, "Invalid params: a 2026-07-28 request needs \"params._meta\" (an object) with"
                + " \"io.modelcontextprotocol/protocolVersion\" and \"io.modelcontextprotocol/clientCapabilities\"");
    }

    @Test
    void aRequestWithoutClientCapabilitiesIsInvalidParams() {
        assertRefused(send("tools/list", metaWithout("io.modelcontextprotocol/clientCapabilities")), 400, -32602,
                "Invalid params: \"_meta\" needs \"io.modelcontextprotocol/clientCapabilities\" (an object, {} if none)");
    }

    @Test
    void aRequestWithoutProtocolVersionInMetaIsInvalidParams() {
        assertRefused(send("tools/list", metaWithout("io.modelcontextprotocol/protocolVersion")), 400, -32602,
                "Invalid params: \"_meta\" needs \"io.modelcontextprotocol/protocolVersion\" (a string)");
    }

    @Test
    void anUnsupportedVersionListsTheSupportedOnes() {
        ObjectNode params = McpHttpClient.withModernMeta(null, null);
        ((ObjectNode) params.get("_meta")).put("io.modelcontextprotocol/protocolVersion", "2099-01-01");
        McpHttpClient client = client();
        long id = client.nextId();
        McpResponse response = client.send(client.statelessPost(id, "tools/list", params)
                .setHeader("MCP-Protocol-Version", "2099-01-01"), id);
        assertRefused(response, 400, -32022, "Unsupported protocol version: 2099-01-01; supported: 2026-07-28, 2025-11-25,"
                + " 2025-06-18, 2025-03-26");
        assertEquals(McpHttpClient.parse("{\"supported\":[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"],"
                + "\"requested\":\"2099-01-01\"}"), response.error().get("data"));
    }

    // --- methods of the era ---

    @Test
    void methodsThatTheStatelessProtocolRemovedAreNotFound() {
        for (String method : List.of("initialize", "ping", "logging/setLevel")) {
            McpResponse response = client().statelessRequest(method, Map.of());
            assertRefused(response, 404, -32601, "Method not found: " + method + " (in protocol version 2026-07-28)");
        }
    }

    @Test
    void serverDiscoverAndSubscriptionsListenDoNotExistInALegacySession() {
        ClientSession session = client().connect();
        for (String method : List.of("server/discover", "subscriptions/listen")) {
            McpResponse response = session.request(method, Map.of());
            assertEquals(200, response.status(), response::toString);
            assertEquals(-32601, response.error().path("code").asInt(), response::toString);
            assertEquals("Method not found: " + method, response.error().path("message").asText());
        }
        session.delete();
    }

    @Test
    void getAndDeleteAreNotAllowedInTheStatelessProtocol() {
        for (String method : List.of("GET", "DELETE")) {
            McpResponse response = client().send(client().request().method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Accept", "text/event-stream").header("MCP-Protocol-Version", "2026-07-28"));
            McpHttpClient.assertRefused(response, 405, -32600, "Method not allowed: protocol version 2026-07-28 has no "
                    + method + " on the MCP endpoint; POST each request (subscriptions/listen for change notifications)");
            assertEquals("POST", response.header("Allow").orElse(""));
        }
    }

    // --- request metadata headers ---

    @Test
    void aMissingProtocolVersionHeaderIsAHeaderMismatch() {
        McpHttpClient client = client();
        long id = client.nextId();
        McpResponse response = client.send(client.post(McpHttpClient.message(id, "tools/list",
                McpHttpClient.withModernMeta(null, null))).header("Mcp-Method", "tools/list"), id);
        assertRefused(response, 400, -32020, "Header mismatch: the MCP-Protocol-Version header is missing");
    }

    @Test
    void aProtocolVersionHeaderThatDiffersFromTheBodyIsAHeaderMismatch() {
        McpHttpClient client = client();
        long id = client.nextId();
        McpResponse response = client.send(client.statelessPost(id, "tools/list", McpHttpClient.withModernMeta(null, null))
                .setHeader("MCP-Protocol-Version", "2025-11-25"), id);
        assertRefused(response, 400, -32020,
                "Header mismatch: MCP-Protocol-Version header value '2025-11-25' does not match body value '2026-07-28'");
    }

    @Test
    void aMissingOrWrongMcpMethodHeaderIsAHeaderMismatch() {
        McpHttpClient client = client();
        long id = client.nextId();
        McpResponse missing = client.send(client.post(McpHttpClient.message(id, "tools/list",
                McpHttpClient.withModernMeta(null, null))).header("MCP-Protocol-Version", "2026-07-28"), id);
        assertRefused(missing, 400, -32020, "Header mismatch: the Mcp-Method header is missing");
        McpResponse wrong = client.send(client.statelessPost(id, "tools/list", McpHttpClient.withModernMeta(null, null))
                .setHeader("Mcp-Method", "tools/call"), id);
        assertRefused(wrong, 400, -32020,
                "Header mismatch: Mcp-Method header value 'tools/call' does not match body value 'tools/list'");
    }

    @Test
    void mcpNameMustCarryTheToolNameAsIsOrInBase64() {
        McpHttpClient client = client();
        JsonNode params = McpHttpClient.withModernMeta(Map.of("name", "greet", "arguments", Map.of("name", "Ada")), null);
        long id = client.nextId();
        McpResponse wrong = client.send(client.statelessPost(id, "tools/call", params).setHeader("Mcp-Name", "echo"), id);
        assertRefused(wrong, 400, -32020, "Header mismatch: Mcp-Name header value 'echo' does not match body value 'greet'");
        McpResponse missing = client.send(client.post(McpHttpClient.message(id, "tools/call", params))
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/call"), id);
        assertRefused(missing, 400, -32020,
                "Header mismatch: the Mcp-Name header is missing (it must carry params.name)");
        McpResponse encoded = client.send(client.statelessPost(id, "tools/call", params)
                .setHeader("Mcp-Name", "=?base64?" + base64("greet") + "?="), id);
        assertEquals("Hello, Ada!", encoded.result().path("content").path(0).path("text").asText(), encoded::toString);
    }

    @Test
    void mcpParamHeadersMustMatchTheirArguments() {
        Map<String, Object> arguments = Map.of("region", "eu-west-1", "shard", 42, "dryRun", true);
        assertEquals("would export eu-west-1/42",
                callExport(arguments, Map.of("Region", "eu-west-1", "Shard", "42", "Dry-Run", "true")).result()
                        .path("content").path(0).path("text").asText());
        // Integers compare as numbers; Base64 values are decoded first.
        assertEquals(200, callExport(arguments, Map.of("Region", "=?base64?" + base64("eu-west-1") + "?=", "Shard",
                "42.0", "Dry-Run", "true")).status());
        assertRefused(callExport(arguments, Map.of("Region", "us-east-1", "Shard", "42", "Dry-Run", "true")), 400,
                -32020, "Header mismatch: Mcp-Param-Region header value 'us-east-1' does not match body value 'eu-west-1'");
        assertRefused(callExport(arguments, Map.of("Region", "eu-west-1", "Shard", "7", "Dry-Run", "true")), 400,
                -32020, "Header mismatch: Mcp-Param-Shard header value '7' does not match body value '42'");
        assertRefused(callExport(arguments, Map.of("Region", "eu-west-1", "Dry-Run", "true")), 400, -32020,
                "Header mismatch: the Mcp-Param-Shard header is missing (it must carry argument 'shard')");
        String unpadded = base64("eu-west").replace("=", ""); // ZXUtd2VzdA, without its ==
        assertRefused(callExport(Map.of("region", "eu-west", "shard", 42), Map.of("Region", "=?base64?" + unpadded + "?=",
                "Shard", "42")), 400, -32020, "Header mismatch: Mcp-Param-Region header value is not valid Base64 (padding"
                        + " missing): =?base64?" + unpadded + "?=");
        assertRefused(callExport(arguments, Map.of("Region", "=?base64?ZXU!d2VzdC0x?=", "Shard", "42", "Dry-Run",
                "true")), 400, -32020, "Header mismatch: Mcp-Param-Region header value is not valid Base64 of UTF-8"
                        + " text: =?base64?ZXU!d2VzdC0x?=");
        // An argument the call leaves out has no header; one that comes anyway does not match the body.
        assertEquals(200, callExport(Map.of("region", "eu-west-1", "shard", 42), Map.of("Region", "eu-west-1", "Shard",
                "42")).status());
        assertRefused(callExport(Map.of("region", "eu-west-1", "shard", 42), Map.of("Region", "eu-west-1", "Shard", "42",
                "Dry-Run", "false")), 400, -32020,
                "Header mismatch: Mcp-Param-Dry-Run header is present but argument 'dryRun' is not in the body");
    }

    // --- helpers ---

    private McpResponse callExport(Map<String, Object> arguments, Map<String, String> headers) {
        McpHttpClient client = client();
        long id = client.nextId();
        HttpRequest.Builder post = client.statelessPost(id, "tools/call",
                McpHttpClient.withModernMeta(Map.of("name", "regional_export", "arguments", arguments), null));
        headers.forEach((name, value) -> post.header("Mcp-Param-" + name, value));
        return client.send(post, id);
    }

    /** Params whose {@code _meta} has every 2026-07-28 field but {@code key}. */
    private static ObjectNode metaWithout(String key) {
        ObjectNode params = McpHttpClient.withModernMeta(null, null);
        ((ObjectNode) params.get("_meta")).remove(key);
        return params;
    }

    private McpResponse send(String method, JsonNode params) {
        McpHttpClient client = client();
        long id = client.nextId();
        return client.send(client.statelessPost(id, method, params), id);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 2026-07-28 refusal: the status, and a JSON-RPC error with the request's id, the code and the message. */
    static void assertRefused(McpResponse response, int status, int code, String message) {
        assertEquals(status, response.status(), () -> "status of " + response);
        assertEquals("application/json", response.contentType(), () -> "Content-Type of " + response);
        JsonNode body = response.json();
        assertTrue(body.path("id").isIntegralNumber() && body.path("id").asLong() == ((Number) response.requestId())
                .longValue(), () -> "the request's id: " + body);
        assertEquals(code, body.path("error").path("code").asInt(), () -> "code of " + body);
        assertEquals(message, body.path("error").path("message").asText(), () -> "message of " + body);
    }
}
