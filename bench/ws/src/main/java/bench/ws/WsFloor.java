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
 * What it answers: {@link FixedAnswers}, one frame per answer.
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
        socket.textMessageHandler(message -> FixedAnswers.answer(message, socket::writeTextMessage));
    }
}
