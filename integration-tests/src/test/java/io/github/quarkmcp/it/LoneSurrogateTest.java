package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Strings holding a lone surrogate (JSON allows {@code "\}{@code ud800"}) come back exactly, on both transports: a
 * request id, a progress token, a tool's structured result and its text, a text result and an error message. Each
 * check is made on the raw text as it came off the wire (the escape must be there, no {@code ?} in its place), then
 * on the parsed value. Two calls whose tokens are two different lone surrogates get their progress apart.
 * <p>
 * The requests are written by hand: a JSON library, or the JDK's UTF-8 encoder of the request body, would itself
 * replace the lone surrogate before it left the client.
 */
@QuarkusTest
class LoneSurrogateTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    @TestHTTPResource("/mcp/ws")
    URI webSocketEndpoint;

    /** {@code id-\}{@code udfff}, progress token {@code a\}{@code ud800b}, item {@code x\}{@code udc00}. */
    private static final String PROCESS_ITEMS = call("\"id-\\udfff\"", "process_items", "{\"items\":[\"x\\udc00\"]}",
            "\"a\\ud800b\"");

    @Test
    void httpEchoesIdTokenAndResultExactly() {
        ClientSession session = new McpHttpClient(endpoint).connect();
        try {
            McpResponse response = session.send(PROCESS_ITEMS);
            assertEquals(200, response.status(), response::toString);
            List<String> progress = new ArrayList<>();
            String answer = null;
            for (SseEvent event : response.events()) {
                if (McpResponse.isResponse(event.json())) {
                    answer = event.data();
                } else {
                    progress.add(event.data());
                }
            }
            assertFalse(progress.isEmpty(), () -> "no progress: " + response);
            progress.forEach(LoneSurrogateTest::assertProgressOfProcessItems);
            assertResultOfProcessItems(answer == null ? response.body() : answer);
        } finally {
            session.delete();
        }
    }

    @Test
    void webSocketEchoesIdTokenAndResultExactly() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(webSocketEndpoint)) {
            client.initialize();
            client.sendText(PROCESS_ITEMS);
            String answer = client.awaitMessage(TIMEOUT, m -> m.json() != null && m.json().has("result")
                    && !"init".equals(m.json().path("id").asText())).text();
            List<String> progress = client.received().stream().filter(McpWebSocketClient.Received::isProgress)
                    .map(McpWebSocketClient.Received::text).toList();
            assertFalse(progress.isEmpty(), () -> "no progress: " + client.received());
            progress.forEach(LoneSurrogateTest::assertProgressOfProcessItems);
            assertResultOfProcessItems(answer);
        }
    }

    /** The same call in the stateless protocol (2026-07-28): no session, the request's own {@code _meta}. */
    private static final String STATELESS_PROCESS_ITEMS = PROCESS_ITEMS.replace("\"_meta\":{",
            "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                    + "\"io.modelcontextprotocol/clientCapabilities\":{},");

    @Test
    void statelessCallsEchoIdTokenAndResultExactlyOnBothTransports() {
        McpHttpClient client = new McpHttpClient(endpoint);
        McpResponse response = client.send(client.post(STATELESS_PROCESS_ITEMS).header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call").header("Mcp-Name", "process_items"));
        assertEquals(200, response.status(), response::toString);
        List<String> progress = new ArrayList<>();
        String answer = null;
        for (SseEvent event : response.events()) {
            if (McpResponse.isResponse(event.json())) {
                answer = event.data();
            } else {
                progress.add(event.data());
            }
        }
        assertFalse(progress.isEmpty(), () -> "no progress: " + response);
        progress.forEach(LoneSurrogateTest::assertProgressOfProcessItems);
        assertResultOfProcessItems(answer);
        try (McpWebSocketClient socket = McpWebSocketClient.connect(webSocketEndpoint)) {
            socket.sendText(STATELESS_PROCESS_ITEMS);
            String overSocket = socket.awaitMessage(TIMEOUT, m -> m.json() != null && m.json().has("result")).text();
            socket.received().stream().filter(McpWebSocketClient.Received::isProgress)
                    .map(McpWebSocketClient.Received::text).forEach(LoneSurrogateTest::assertProgressOfProcessItems);
            assertResultOfProcessItems(overSocket);
            assertEquals("complete", McpHttpClient.parse(overSocket).path("result").path("resultType").asText());
        }
    }

    @Test
    void httpKeepsTwoLoneSurrogateTokensApart() {
        McpHttpClient client = new McpHttpClient(endpoint);
        ClientSession session = client.connect();
        try (McpHttpClient.Opened high = client.open(session.post(call("1", "process_items", ITEMS, "\"\\ud800\"")).build());
                McpHttpClient.Opened low = client.open(session.post(call("2", "process_items", ITEMS, "\"\\udbff\"")).build())) {
            assertTokensOnly(read(high), '\uD800', "1");
            assertTokensOnly(read(low), '\uDBFF', "2");
        } finally {
            session.delete();
        }
    }

    @Test
    void webSocketKeepsTwoLoneSurrogateTokensApart() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(webSocketEndpoint)) {
            client.initialize();
            client.sendText(call("1", "process_items", ITEMS, "\"\\ud800\""));
            client.sendText(call("2", "process_items", ITEMS, "\"\\udbff\""));
            client.awaitResponse(1, TIMEOUT);
            client.awaitResponse(2, TIMEOUT);
            List<String> high = new ArrayList<>();
            List<String> low = new ArrayList<>();
            for (McpWebSocketClient.Received message : client.received()) {
                JsonNode id = message.json().get("id");
                if (message.isProgress()) {
                    (message.json().path("params").path("progressToken").textValue().equals("\uD800") ? high : low)
                            .add(message.text());
                } else if (id != null && id.isIntegralNumber()) {
                    (id.asInt() == 1 ? high : low).add(message.text());
                }
            }
            assertTokensOnly(high, '\uD800', "1");
            assertTokensOnly(low, '\uDBFF', "2");
        }
    }

    @Test
    void textResultsAndErrorMessagesKeepThem() {
        ClientSession session = new McpHttpClient(endpoint).connect();
        try (McpWebSocketClient socket = McpWebSocketClient.connect(webSocketEndpoint)) {
            socket.initialize();
            String greet = call("\"g\\ud800\"", "greet", "{\"name\":\"\\udbff\"}", null);
            String unknown = call("\"u\"", "no_such_tool_\\udc00", "{}", null);
            socket.sendText(greet);
            socket.sendText(unknown);
            List<String> greetings = List.of(session.send(greet).body(),
                    socket.awaitResponse("g\uD800", TIMEOUT).text());
            List<String> refusals = List.of(session.send(unknown).body(),
                    socket.awaitResponse("u", TIMEOUT).text());
            for (String raw : greetings) {
                assertWire(raw, "\"id\":\"g", '\uD800', "\"");
                assertWire(raw, "\"text\":\"Hello, ", '\uDBFF', "!\"");
                assertEquals("Hello, \uDBFF!", McpHttpClient.parse(raw).path("result").path("content").path(0)
                        .path("text").textValue());
            }
            for (String raw : refusals) {
                assertWire(raw, "\"message\":\"Unknown tool: no_such_tool_", '\uDC00', "\"");
                assertEquals("Unknown tool: no_such_tool_\uDC00",
                        McpHttpClient.parse(raw).path("error").path("message").textValue());
            }
        } finally {
            session.delete();
        }
    }

    private static final String ITEMS = "{\"items\":[\"a\",\"b\",\"c\"]}";

    /** A {@code tools/call} written by hand; the arguments are JSON fragments as they go on the wire. */
    private static String call(String idJson, String tool, String argumentsJson, String tokenJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson
                + (tokenJson == null ? "" : ",\"_meta\":{\"progressToken\":" + tokenJson + "}") + "}}";
    }

    private static void assertProgressOfProcessItems(String raw) {
        assertWire(raw, "\"progressToken\":\"a", '\uD800', "b\"");
        assertEquals("a\uD800b", McpHttpClient.parse(raw).path("params").path("progressToken").textValue(), raw);
    }

    private static void assertResultOfProcessItems(String raw) {
        assertWire(raw, "\"id\":\"id-", '\uDFFF', "\"");
        JsonNode response = McpHttpClient.parse(raw);
        assertEquals("id-\uDFFF", response.path("id").textValue(), raw);
        JsonNode result = response.path("result");
        assertEquals("X\uDC00", result.path("structuredContent").path("results").path(0).textValue(), raw);
        // The text item is the same JSON written as a string, so the escape is in it with its backslash escaped.
        assertWire(raw, "\\\"results\\\":[\\\"X\\", '\uDC00', "\\\"]");
        JsonNode fromText = McpHttpClient.parse(result.path("content").path(0).path("text").textValue());
        assertEquals("X\uDC00", fromText.path("results").path(0).textValue(), raw);
    }

    /** The messages of one call: every one names it, by its token or its id, and none carries the other's token. */
    private static void assertTokensOnly(List<String> messages, char token, String id) {
        assertTrue(messages.size() >= 2, () -> "progress and a response for call " + id + ": " + messages);
        for (String raw : messages) {
            JsonNode message = McpHttpClient.parse(raw);
            if (message.has("method")) {
                assertWire(raw, "\"progressToken\":\"", token, "\"");
                assertEquals(String.valueOf(token), message.path("params").path("progressToken").textValue(), raw);
            } else {
                assertEquals(id, message.path("id").toString(), raw);
                assertTrue(message.has("result"), raw);
            }
        }
    }

    /** The data of every event of a call's stream. */
    private static List<String> read(McpHttpClient.Opened call) {
        assertEquals(200, call.status());
        SseEvent.Parser parser = new SseEvent.Parser();
        call.body().rest(TIMEOUT).forEach(line -> parser.line(line.text(), line.nanos()));
        return parser.finish().stream().map(SseEvent::data).toList();
    }

    /**
     * {@code raw}, a message as received, holds {@code before}, the escape of {@code lone} (hex digits in either
     * case), then {@code after}; and no {@code ?}, which is what a lone surrogate becomes when encoded raw.
     */
    private static void assertWire(String raw, String before, char lone, String after) {
        Pattern expected = Pattern.compile(Pattern.quote(before) + "\\\\u(?i:" + String.format("%04x", (int) lone) + ")"
                + Pattern.quote(after));
        assertTrue(expected.matcher(raw).find(), () -> "expected " + before + "\\u" + String.format("%04X", (int) lone)
                + after + " in the message as received: " + raw);
        assertFalse(raw.contains("?"), () -> "a ? where a lone surrogate was: " + raw);
    }
}
