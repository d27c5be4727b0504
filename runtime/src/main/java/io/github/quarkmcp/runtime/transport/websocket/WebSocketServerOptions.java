package io.github.quarkmcp.runtime.transport.websocket;

import jakarta.inject.Singleton;

import io.github.quarkmcp.runtime.config.McpRuntimeConfig;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Lets the HTTP server accept MCP WebSocket handshakes: it offers subprotocol {@code mcp} (the official
 * TypeScript client aborts a handshake that does not echo it) and raises the frame and message limits to ours,
 * so that our own check, with its clearer close reason, is the one that applies.
 */
@Singleton
public class WebSocketServerOptions implements HttpServerOptionsCustomizer {

    static final String SUBPROTOCOL = "mcp";

    private final McpRuntimeConfig config;

    public WebSocketServerOptions(McpRuntimeConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        customize(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customize(options);
    }

    private void customize(HttpServerOptions options) {
        if (options.getWebSocketSubProtocols() == null || !options.getWebSocketSubProtocols().contains(SUBPROTOCOL)) {
            options.addWebSocketSubProtocol(SUBPROTOCOL);
        }
        // One byte over our limit still reaches our handler, which closes with 1009 and says why.
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, config.websocket().maxMessageSize().asLongValue()) + 1;
        options.setMaxWebSocketFrameSize(Math.max(options.getMaxWebSocketFrameSize(), limit));
        options.setMaxWebSocketMessageSize(Math.max(options.getMaxWebSocketMessageSize(), limit));
    }
}
