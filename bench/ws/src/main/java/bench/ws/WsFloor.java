package bench.ws;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

/**
 * The WebSocket floor: a bare Vert.x WebSocket server on {@code /mcp/ws} that answers MCP-shaped messages with fixed
 * frames and no MCP logic (no JSON parsing, no sessions, no tools), one verticle per core, like the HTTP floor of
 * {@code ../shared/bench}. What no MCP server over WebSocket on this stack can beat.
 * <p>
 * {@code initialize} gets a fixed result; a notification nothing; {@code progress_burst} 100 progress frames (the
 * request's token, 1..100 of 100) then its result; anything else the result of {@code echo}.
 */
public final class WsFloor extends AbstractVerticle {

    private final int port;

    private WsFloor(int port) {
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18085");
        Vertx vertx = Vertx.vertx();
        vertx.deployVerticle(() -> new WsFloor(port),
                new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public void start() {
        HttpServerOptions options = new HttpServerOptions().addWebSocketSubProtocol("mcp");
        vertx.createHttpServer(options).webSocketHandler(this::serve).listen(port, "127.0.0.1");
    }

    private void serve(ServerWebSocket socket) {
        if (!"/mcp/ws".equals(socket.path())) {
            socket.reject(404);
            return;
        }
        socket.textMessageHandler(message -> answer(socket, message));
    }

    private static void answer(ServerWebSocket socket, String message) {
        String id = Wire.idOf(message);
        if (id == null) {
            return; // a notification
        }
        if (message.contains("\"initialize\"")) {
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"ws-floor\",\"version\":\"1\"}}}");
        } else if (message.contains("progress_burst")) {
            String token = Wire.tokenOf(message);
            for (int i = 1; i <= 100; i++) {
                socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{"
                        + "\"progressToken\":" + token + ",\"progress\":" + i + ",\"total\":100}}");
            }
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"done 100\"}],\"isError\":false}}");
        } else {
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"hi\"}],\"isError\":false}}");
        }
    }
}
