package io.github.quarkmcp.runtime.transport.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.protocol.MessageContext;
import io.github.quarkmcp.runtime.protocol.ProtocolVersion;
import io.github.quarkmcp.runtime.protocol.RequestStream;
import io.github.quarkmcp.runtime.transport.OriginPolicy;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The Streamable HTTP transport (MCP 2025-11-25): POST carries client messages, GET opens the session's stream
 * for messages not tied to a request, DELETE ends the session.
 * <p>
 * It owns HTTP only (headers, status codes, body limits, the session header); every MCP rule is the
 * {@link McpDispatcher}'s. Refusals carry a JSON-RPC error body with {@code id: null} that says what was wrong.
 */
public final class StreamableHttpHandler implements Handler<RoutingContext> {

    static final String SESSION_ID = "Mcp-Session-Id";
    static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    private static final int SESSION_NOT_FOUND = -32001;

    private final McpServer server;
    private final OriginPolicy origins;
    private final long maxBodyBytes;
    private final long keepAliveMillis;

    public StreamableHttpHandler(McpServer server, OriginPolicy origins, long maxBodyBytes, long keepAliveMillis) {
        this.server = server;
        this.origins = origins;
        this.maxBodyBytes = maxBodyBytes;
        this.keepAliveMillis = keepAliveMillis;
    }

    @Override
    public void handle(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (refusedOrigin(request)) {
            return;
        }
        String headerVersion = request.getHeader(PROTOCOL_VERSION);
        if (headerVersion != null && !ProtocolVersion.isSupported(headerVersion)) {
            refuse(request.response(), 400, JsonRpc.INVALID_REQUEST, "Bad Request: unsupported " + PROTOCOL_VERSION
                    + " " + headerVersion + "; supported: " + String.join(", ", ProtocolVersion.SUPPORTED));
            return;
        }
        switch (request.method().name()) {
            case "POST":
                post(request);
                break;
            case "GET":
                openStream(request);
                break;
            case "DELETE":
                endSession(request);
                break;
            default:
                request.response().putHeader(HttpHeaders.ALLOW, "GET, POST, DELETE");
                refuse(request.response(), 405, JsonRpc.INVALID_REQUEST,
                        "Method not allowed: " + request.method().name() + " (use POST, GET or DELETE)");
        }
    }

    // --- POST: messages from the client ---

    private void post(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!MediaTypes.accepts(accept, "application/json") || !MediaTypes.accepts(accept, "text/event-stream")) {
            refuse(response, 406, JsonRpc.INVALID_REQUEST,
                    "Not Acceptable: the Accept header must list both application/json and text/event-stream");
            return;
        }
        if (!MediaTypes.is(request.getHeader(HttpHeaders.CONTENT_TYPE), "application/json")) {
            refuse(response, 415, JsonRpc.INVALID_REQUEST, "Unsupported Media Type: the body must be application/json");
            return;
        }
        readBody(request, body -> onBody(request, body));
    }

    /** Reads the whole body, up to {@code max-body-size} (over it, the client gets 413 and no more is read). */
    private void readBody(HttpServerRequest request, Consumer<Buffer> onBody) {
        String declaredLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && parseLength(declaredLength) > maxBodyBytes) {
            refuseTooLarge(request);
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = { false };
        request.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodyBytes) {
                tooLarge[0] = true;
                refuseTooLarge(request);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(ignored -> {
        });
        request.endHandler(ignored -> {
            if (!tooLarge[0]) {
                onBody.accept(body);
            }
        });
        request.resume();
    }

    private void onBody(HttpServerRequest request, Buffer body) {
        HttpServerResponse response = request.response();
        JsonNode json;
        try {
            json = server.parse(body.getBytes());
        } catch (JsonRpcException e) {
            refuse(response, 400, e.code(), e.getMessage());
            return;
        }
        if (isInitialize(json)) {
            initialize(response, json);
            return;
        }
        McpSession session = sessionOf(request);
        if (session == null) {
            return;
        }
        String version = protocolVersion(request.getHeader(PROTOCOL_VERSION), session);
        if (!json.isArray()) {
            try {
                dispatch(response, new MessageContext(session, version),
                        List.of(JsonRpcMessage.of(json)), List.of(), false);
            } catch (JsonRpcException e) {
                response.setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(e.toResponse());
            }
            return;
        }
        if (!ProtocolVersion.allowsBatches(version)) {
            refuse(response, 400, JsonRpc.INVALID_REQUEST,
                    "Invalid request: JSON-RPC batches are not allowed in protocol version " + version);
            return;
        }
        if (json.isEmpty()) {
            refuse(response, 400, JsonRpc.INVALID_REQUEST, "Invalid request: the batch is empty");
            return;
        }
        // JSON-RPC answers each valid element of a batch and gives each invalid one its own error.
        List<JsonRpcMessage> messages = new ArrayList<>(json.size());
        List<String> refusals = new ArrayList<>();
        for (JsonNode element : json) {
            try {
                JsonRpcMessage message = JsonRpcMessage.of(element);
                if ("initialize".equals(message.method())) {
                    throw new JsonRpcException(message.id(), JsonRpc.INVALID_REQUEST,
                            "Invalid request: initialize must not be part of a batch");
                }
                messages.add(message);
            } catch (JsonRpcException e) {
                refusals.add(e.toResponse());
            }
        }
        dispatch(response, new MessageContext(session, version), messages, refusals, true);
    }

    /**
     * The version a request is handled under: its header, else the one the session negotiated, else 2025-03-26,
     * which the spec says to assume only when there is no other way to know.
     */
    private static String protocolVersion(String header, McpSession session) {
        if (header != null) {
            return header;
        }
        return session.protocolVersion() != null ? session.protocolVersion() : ProtocolVersion.HTTP_DEFAULT;
    }

    private void initialize(HttpServerResponse response, JsonNode json) {
        JsonRpcMessage message;
        try {
            message = JsonRpcMessage.of(json);
        } catch (JsonRpcException e) {
            response.setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(e.toResponse());
            return;
        }
        McpSession session = server.sessions().create();
        if (session == null) {
            refuse(response, 503, JsonRpc.INTERNAL_ERROR,
                    "Service Unavailable: the server holds as many sessions as it may; try again later");
            return;
        }
        session.beginExchange();
        // The session id goes out only if initialize succeeded; a failed one leaves no session behind.
        Runnable beforeHeaders = () -> {
            if (session.isInitialized()) {
                response.putHeader(SESSION_ID, session.id());
            } else {
                server.sessions().end(session.id());
            }
        };
        // No keep-alive: going on as a stream would send the session header before initialize has succeeded.
        HttpExchangeOutbound outbound = new HttpExchangeOutbound(response, Vertx.currentContext(), 1, false,
                beforeHeaders, session::endExchange, 0);
        server.dispatcher().request(new MessageContext(session, ProtocolVersion.LATEST), message,
                new RequestStream(outbound));
    }

    /** Handles the messages of one POST; {@code refusals} are error responses already decided for a batch. */
    private void dispatch(HttpServerResponse response, MessageContext context, List<JsonRpcMessage> messages,
            List<String> refusals, boolean batch) {
        McpSession session = context.session();
        int requests = refusals.size();
        for (JsonRpcMessage message : messages) {
            if (message.isRequest()) {
                requests++;
            } else if (message.kind() == JsonRpcMessage.Kind.NOTIFICATION) {
                server.dispatcher().notification(context, message);
            } // responses: we send no requests to clients yet, so there is nothing to match them to
        }
        if (requests == 0) {
            response.setStatusCode(202).end();
            return;
        }
        session.beginExchange();
        HttpExchangeOutbound outbound = new HttpExchangeOutbound(response, Vertx.currentContext(), requests, batch,
                () -> {
                }, session::endExchange, keepAliveMillis);
        refusals.forEach(refusal -> new RequestStream(outbound).respond(refusal));
        for (JsonRpcMessage message : messages) {
            if (message.isRequest()) {
                server.dispatcher().request(context, message, new RequestStream(outbound));
            }
        }
    }

    // --- GET: the session's stream for messages not tied to a request ---

    private void openStream(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (!MediaTypes.accepts(request.getHeader(HttpHeaders.ACCEPT), "text/event-stream")) {
            refuse(response, 406, JsonRpc.INVALID_REQUEST, "Not Acceptable: the Accept header must list text/event-stream");
            return;
        }
        McpSession session = sessionOf(request);
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
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .write(SseEvents.comment("stream open"));
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
        String id = request.getHeader(SESSION_ID);
        if (id == null) {
            refuse(request.response(), 400, JsonRpc.INVALID_REQUEST, "Bad Request: the " + SESSION_ID + " header is missing");
        } else if (!server.sessions().end(id)) {
            refuse(request.response(), 404, SESSION_NOT_FOUND, "Not Found: no session " + id + " (ended or expired)");
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
            refuse(request.response(), 500, code, message);
            return;
        }
        readBody(request, body -> {
            JsonNode json;
            try {
                json = server.parse(body.getBytes());
            } catch (JsonRpcException e) {
                refuse(request.response(), 500, code, message);
                return;
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode element : json.isArray() ? json : List.of(json)) {
                try {
                    JsonRpcMessage received = JsonRpcMessage.of(element);
                    if (received.isRequest()) {
                        errors.add(JsonRpc.error(received.id(), code, message));
                    }
                } catch (JsonRpcException e) {
                    // A malformed message: it has no id to answer, and the client's first problem is the build.
                }
            }
            if (errors.isEmpty()) {
                refuse(request.response(), 500, code, message);
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
        refuse(request.response(), 403, JsonRpc.INVALID_REQUEST, "Forbidden: origin " + origin + " is not allowed");
        return true;
    }

    private McpSession sessionOf(HttpServerRequest request) {
        String id = request.getHeader(SESSION_ID);
        if (id == null) {
            refuse(request.response(), 400, JsonRpc.INVALID_REQUEST,
                    "Bad Request: the " + SESSION_ID + " header is missing; send initialize first");
            return null;
        }
        McpSession session = server.sessions().find(id);
        if (session == null) {
            refuse(request.response(), 404, SESSION_NOT_FOUND,
                    "Not Found: no session " + id + " (ended or expired); send initialize to start a new one");
        } else {
            session.touch();
        }
        return session;
    }

    private static boolean isInitialize(JsonNode json) {
        return json.isObject() && "initialize".equals(json.path("method").asText(null)) && json.has("id");
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuseTooLarge(HttpServerRequest request) {
        // The rest of the body is not read; closing the connection is how HTTP/1.1 stops an upload.
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        refuse(request.response(), 413, JsonRpc.INVALID_REQUEST,
                "Payload Too Large: the body exceeds " + maxBodyBytes + " bytes (quarkus.mcp.http.max-body-size)");
    }

    private static void refuse(HttpServerResponse response, int status, int code, String message) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(JsonRpc.error(null, code, message));
    }

    /** {@code Accept} and {@code Content-Type} matching, with media ranges and parameters. */
    static final class MediaTypes {

        private MediaTypes() {
        }

        /** Whether an Accept header lets the client receive {@code type} ({@code type/subtype}). */
        static boolean accepts(String acceptHeader, String type) {
            if (acceptHeader == null) {
                return false;
            }
            String major = type.substring(0, type.indexOf('/'));
            for (String range : acceptHeader.split(",")) {
                String candidate = mediaType(range);
                if (candidate.equals(type) || candidate.equals("*/*") || candidate.equals(major + "/*")) {
                    return true;
                }
            }
            return false;
        }

        static boolean is(String contentType, String type) {
            return contentType != null && mediaType(contentType).equals(type);
        }

        private static String mediaType(String value) {
            int parameters = value.indexOf(';');
            return (parameters < 0 ? value : value.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        }
    }
}
