package io.github.quarkmcp.deployment.test.devmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.QuarkusDevModeTest;

/**
 * Dev mode over WebSocket: a message on an open socket picks up edits, as an HTTP request does. A reload closes the
 * socket with 1012 (Service Restart) telling the client to reconnect, because the tools it talked to belong to the
 * application that is gone; after reconnecting it sees the edit. A compile error reaches an open socket as a JSON-RPC
 * error naming the problem, and the next message after the fix works. While the build rejects a tool there is no
 * application to connect to: the handshake is refused with status 500 and a JSON-RPC error naming the problem.
 */
public class DevModeWebSocketTest {

    private static final URI WS = URI.create("ws://localhost:8080/mcp/ws");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DevModeTools.class));

    @Test
    void aMessageReloadsTheApplicationAndTheClientIsToldToReconnect() throws Exception {
        Socket first = Socket.open();
        assertEquals("Echoes the text", first.echoDescription(2));

        test.modifySourceFile(DevModeTools.class, source -> source.replace("Echoes the text", "Repeats the text"));
        first.send(3, "tools/list");
        Socket.Close close = first.awaitClose();
        assertEquals(1012, close.code(), "closed with Service Restart");
        assertTrue(close.reason().contains("reconnect"), close.reason());

        Socket second = Socket.open();
        assertEquals("Repeats the text", second.echoDescription(2), "the reconnected client sees the edit");

        test.modifySourceFile(DevModeTools.class, source -> source.replace("return text;", "return text"));
        JsonNode broken = second.request(3, "tools/list");
        assertEquals(-32603, broken.path("error").path("code").asInt(), broken::toString);
        String message = broken.path("error").path("message").asText();
        assertTrue(message.startsWith("Internal error: the application could not be reloaded after a change"), message);
        assertTrue(message.contains("DevModeTools"), "names the problem: " + message);

        test.modifySourceFile(DevModeTools.class, source -> source.replace("return text\n", "return text;\n"));
        second.send(4, "tools/list");
        assertEquals(1012, second.awaitClose().code(), "the fix reloads the application");
        Socket third = Socket.open();
        assertEquals("Repeats the text", third.echoDescription(2), "and the next client is served");

        // It compiles, but the build rejects the tool: the application stops and no new one starts, so a client
        // that reconnects is refused at the handshake, with the problem in a JSON-RPC error.
        test.modifySourceFile(DevModeTools.class, source -> source.replace("String echo(String text)",
                "String echo(String text, io.github.quarkmcp.McpContext one, io.github.quarkmcp.McpContext two)"));
        third.send(3, "tools/list");
        assertEquals(1012, third.awaitClose().code(), "the application was stopped");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> Socket.open());
        HttpResponse<?> handshake = ((WebSocketHandshakeException) refused.getCause()).getResponse();
        assertEquals(500, handshake.statusCode());
        JsonNode error = JSON.readTree(String.valueOf(handshake.body()));
        assertEquals(-32603, error.path("error").path("code").asInt(), error::toString);
        assertTrue(error.path("error").path("message").asText()
                .contains("@Tool method must declare at most one McpContext parameter"), error::toString);

        test.modifySourceFile(DevModeTools.class, source -> source.replace(
                ", io.github.quarkmcp.McpContext one, io.github.quarkmcp.McpContext two", ""));
        assertEquals("Repeats the text", Socket.open().echoDescription(2), "after the fix, clients connect again");
    }

    /** A minimal MCP client over the JDK's WebSocket. */
    private static final class Socket implements WebSocket.Listener {

        record Close(int code, String reason) {
        }

        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final CompletableFuture<Close> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Socket open() throws Exception {
            Socket client = new Socket();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("mcp")
                    .buildAsync(WS, client).get(30, TimeUnit.SECONDS);
            JsonNode initialized = client.request(1, "initialize",
                    "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{}}");
            assertEquals("2025-11-25", initialized.path("result").path("protocolVersion").asText(), initialized::toString);
            return client;
        }

        String echoDescription(int id) throws Exception {
            for (JsonNode tool : request(id, "tools/list").path("result").path("tools")) {
                if (tool.path("name").asText().equals("echo")) {
                    return tool.path("description").asText();
                }
            }
            throw new AssertionError("no echo tool");
        }

        JsonNode request(int id, String method) throws Exception {
            return request(id, method, "{}");
        }

        JsonNode request(int id, String method, String params) throws Exception {
            send(id, method, params);
            JsonNode message = messages.poll(60, TimeUnit.SECONDS);
            assertNotNull(message, "no answer to " + method);
            assertEquals(id, message.path("id").asInt(), message::toString);
            return message;
        }

        void send(int id, String method) throws Exception {
            send(id, method, "{}");
        }

        private void send(int id, String method, String params) throws Exception {
            socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                    + "}", true).get(10, TimeUnit.SECONDS);
        }

        Close awaitClose() throws Exception {
            return closed.get(60, TimeUnit.SECONDS);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Close(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Close(-1, String.valueOf(error)));
        }
    }
}
