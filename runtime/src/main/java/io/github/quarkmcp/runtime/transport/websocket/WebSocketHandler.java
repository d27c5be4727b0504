package io.github.quarkmcp.runtime.transport.websocket;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.transport.OriginPolicy;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * The WebSocket endpoint: checks the handshake (origin, upgrade, session limit), then hands the socket to a
 * {@link WebSocketConnection}, which is the session for as long as the socket is open.
 */
public final class WebSocketHandler implements Handler<RoutingContext> {

    private final McpServer server;
    private final OriginPolicy origins;
    private final WebSocketConnection.Limits limits;

    public WebSocketHandler(McpServer server, OriginPolicy origins, WebSocketConnection.Limits limits) {
        this.server = server;
        this.origins = origins;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (!origins.allows(origin)) {
            refuse(request, 403, "Forbidden: origin " + origin + " is not allowed");
            return;
        }
        if (!"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
            refuse(request, 400, "Bad Request: this endpoint speaks MCP over WebSocket; send a WebSocket upgrade");
            return;
        }
        McpSession session = server.sessions().create();
        if (session == null) {
            refuse(request, 503, "Service Unavailable: the server holds as many sessions as it may; try again later");
            return;
        }
        request.toWebSocket().onComplete(upgrade -> {
            if (upgrade.succeeded()) {
                ServerWebSocket socket = upgrade.result();
                // Vert.x's own connection class (an internal API) is where the Netty pipeline and its write path are.
                ConnectionBase connection = request.connection() instanceof ConnectionBase base ? base : null;
                FrameFlushing.consolidate(connection);
                new WebSocketConnection(socket, new TextFrames(socket, connection), server, session, limits).start();
            } else {
                server.sessions().end(session.id());
            }
        });
    }

    private static void refuse(HttpServerRequest request, int status, String message) {
        request.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(JsonRpc.error(null, JsonRpc.INVALID_REQUEST, message));
    }
}
