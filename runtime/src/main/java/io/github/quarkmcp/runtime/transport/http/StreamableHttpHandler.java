package io.github.quarkmcp.runtime.transport.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.protocol.ProtocolVersion;
import io.github.quarkmcp.runtime.transport.OriginPolicy;
import io.github.quarkmcp.runtime.transport.ReceivedMessages;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The Streamable HTTP endpoint: POST carries client messages of either era ({@link StreamableHttpPost}); for 2025
 * sessions, GET opens the session's stream for messages not tied to a request and DELETE ends the session.
 * <p>
 * It owns HTTP only (headers, status codes, the session header); every MCP rule is the protocol core's. Refusals
 * carry a JSON-RPC error body that says what was wrong.
 */
public final class StreamableHttpHandler implements Handler<RoutingContext> {

    private final McpServer server;
    private final OriginPolicy origins;
    private final HttpBody body;
    private final StreamableHttpPost post;
    private final long keepAliveMillis;

    public StreamableHttpHandler(McpServer server, OriginPolicy origins, long maxBodyBytes, long keepAliveMillis) {
        this.server = server;
        this.origins = origins;
        this.body = new HttpBody(maxBodyBytes);
        this.post = new StreamableHttpPost(server, body, keepAliveMillis);
        this.keepAliveMillis = keepAliveMillis;
    }

    @Override
    public void handle(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (refusedOrigin(request)) {
            return;
        }
        HttpMethod method = request.method();
        if (method == HttpMethod.POST) {
            post.handle(request);
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
            notAllowed(request, "GET, POST, DELETE", "Method not allowed: " + method.name() + " (use POST, GET or DELETE)");
            return;
        }
        String version = request.getHeader(RequestMetadataHeaders.PROTOCOL_VERSION);
        if (version != null && ProtocolVersion.isModern(version)) {
            // 2026-07-28 has no sessions: no GET stream (subscriptions/listen replaces it) and nothing to delete.
            notAllowed(request, "POST", "Method not allowed: protocol version " + version + " has no " + method.name()
                    + " on the MCP endpoint; POST each request (subscriptions/listen for change notifications)");
            return;
        }
        if (version != null && !ProtocolVersion.isSupported(version)) {
            HttpRefusals.refuse(request.response(), 400, JsonRpc.UNSUPPORTED_PROTOCOL_VERSION, "Bad Request: unsupported "
                    + RequestMetadataHeaders.PROTOCOL_VERSION + " " + version + "; supported: "
                    + String.join(", ", ProtocolVersion.SUPPORTED));
            return;
        }
        if (method == HttpMethod.GET) {
            openStream(request);
        } else {
            endSession(request);
        }
    }

    // --- GET: the session's stream for messages not tied to a request ---

    private void openStream(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (!MediaTypes.accepts(request.getHeader(HttpHeaders.ACCEPT), "text/event-stream")) {
            HttpRefusals.refuse(response, 406, JsonRpc.INVALID_REQUEST,
                    "Not Acceptable: the Accept header must list text/event-stream");
            return;
        }
        McpSession session = post.sessionOf(request, "");
        if (session == null) {
            return;
        }
        Context context = Vertx.currentContext();
        Consumer<String> sink = json -> context.runOnContext(ignored -> {
            if (!response.ended() && !response.closed()) {
                response.write(SseEvents.message(json));
            }
        });
        session.beginExchange();
        // The stream may stay silent for hours: a comment line each interval keeps proxies from cutting it.
        long keepAliveTimer = keepAliveMillis > 0 ? context.owner().setPeriodic(keepAliveMillis, ignored -> {
            if (!response.ended() && !response.closed() && !response.writeQueueFull()) {
                response.write(SseEvents.keepAlive());
            }
        }) : -1;
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                if (keepAliveTimer >= 0) {
                    context.owner().cancelTimer(keepAliveTimer);
                }
                session.standaloneStreamClosed(sink);
                session.endExchange();
            }
        };
        response.closeHandler(ignored -> release.run());
        SseEvents.startStream(response).write(SseEvents.comment("stream open"));
        // Ending the response does not close a keep-alive connection, so the exchange is released here too.
        session.openStandaloneStream(sink, () -> context.runOnContext(ignored -> {
            if (!response.ended() && !response.closed()) {
                response.end();
            }
            release.run();
        }));
    }

    // --- DELETE: the client ends its session ---

    private void endSession(HttpServerRequest request) {
        String id = request.getHeader(StreamableHttpPost.SESSION_ID);
        if (id == null) {
            HttpRefusals.refuse(request.response(), 400, JsonRpc.INVALID_REQUEST,
                    "Bad Request: the " + StreamableHttpPost.SESSION_ID + " header is missing");
        } else if (!server.sessions().end(id)) {
            HttpRefusals.refuse(request.response(), 404, StreamableHttpPost.SESSION_NOT_FOUND,
                    "Not Found: no session " + id + " (ended or expired)");
        } else {
            request.response().setStatusCode(204).end();
        }
    }

    // --- dev mode: the application cannot be rebuilt ---

    /**
     * Answers every request the client sent with the same error and handles none of them: what the client gets while
     * an edit keeps the application from being rebuilt in dev mode. The requests of a POST get their errors the way
     * any JSON-RPC error is sent, so a client sees them as the answers to its calls; a POST without a request to
     * answer, and any other request (a GET stream, a DELETE, a WebSocket handshake), get status 500 with the error.
     */
    public void answerAllWithError(HttpServerRequest request, int code, String message) {
        if (refusedOrigin(request)) {
            return;
        }
        if (request.method() != HttpMethod.POST) {
            HttpRefusals.refuse(request.response(), 500, code, message);
            return;
        }
        body.read(request, received -> {
            JsonNode json;
            try {
                json = ReceivedMessages.parse(server, received);
            } catch (JsonRpcException e) {
                HttpRefusals.refuse(request.response(), 500, code, message);
                return;
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode element : json.isArray() ? json : List.of(json)) {
                try {
                    JsonRpcMessage sent = JsonRpcMessage.of(element);
                    if (sent.isRequest()) {
                        errors.add(JsonRpc.error(sent.id(), code, message));
                    }
                } catch (JsonRpcException e) {
                    // A malformed message: it has no id to answer, and the client's first problem is the build.
                }
            }
            if (errors.isEmpty()) {
                HttpRefusals.refuse(request.response(), 500, code, message);
                return;
            }
            request.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.isArray() ? "[" + String.join(",", errors) + "]" : errors.get(0));
        });
    }

    // --- shared ---

    /** Refuses a request from a web page of another origin (DNS rebinding); true if it did. */
    private boolean refusedOrigin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origins.allows(origin)) {
            return false;
        }
        HttpRefusals.refuse(request.response(), 403, JsonRpc.INVALID_REQUEST, "Forbidden: origin " + origin
                + " is not allowed");
        return true;
    }

    private static void notAllowed(HttpServerRequest request, String allowed, String message) {
        request.response().putHeader(HttpHeaders.ALLOW, allowed);
        HttpRefusals.refuse(request.response(), 405, JsonRpc.INVALID_REQUEST, message);
    }
}
