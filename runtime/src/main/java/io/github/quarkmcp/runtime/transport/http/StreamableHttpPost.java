package io.github.quarkmcp.runtime.transport.http;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.Batch;
import io.github.quarkmcp.runtime.protocol.Eras;
import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.protocol.ProtocolVersion;
import io.github.quarkmcp.runtime.protocol.RequestContext;
import io.github.quarkmcp.runtime.protocol.RequestStream;
import io.github.quarkmcp.runtime.transport.ReceivedMessages;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A POST to the MCP endpoint, in either era, decided per message by the core ({@link Eras#isModern}):
 * <ul>
 * <li>2026-07-28: one stateless request or notification; its metadata headers must match the body; errors carry
 * their HTTP status; closing the response cancels the request.</li>
 * <li>2025: {@code initialize} opens a session, whose {@code Mcp-Session-Id} every later POST carries; a batch is
 * allowed in 2025-03-26; errors of an accepted request are HTTP 200; a dropped connection is not a cancellation.</li>
 * </ul>
 */
final class StreamableHttpPost {

    static final String SESSION_ID = "Mcp-Session-Id";
    static final int SESSION_NOT_FOUND = -32001;
    private static final Runnable NOTHING = () -> {
    };

    private final McpServer server;
    private final HttpBody body;
    private final KeepAliveClock.Clocks keepAlive;

    StreamableHttpPost(McpServer server, HttpBody body, long keepAliveMillis) {
        this.server = server;
        this.body = body;
        this.keepAlive = new KeepAliveClock.Clocks(keepAliveMillis);
    }

    void handle(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        String accept = request.getHeader("Accept");
        if (!MediaTypes.accepts(accept, "application/json") || !MediaTypes.accepts(accept, "text/event-stream")) {
            HttpRefusals.refuse(response, 406, JsonRpc.INVALID_REQUEST,
                    "Not Acceptable: the Accept header must list both application/json and text/event-stream");
            return;
        }
        if (!MediaTypes.is(request.getHeader("Content-Type"), "application/json")) {
            HttpRefusals.refuse(response, 415, JsonRpc.INVALID_REQUEST,
                    "Unsupported Media Type: the body must be application/json");
            return;
        }
        body.read(request, received -> onBody(request, received));
    }

    private void onBody(HttpServerRequest request, Buffer received) {
        HttpServerResponse response = request.response();
        JsonNode json;
        try {
            json = ReceivedMessages.parse(server, received);
        } catch (JsonRpcException e) {
            HttpRefusals.refuse(response, 400, e);
            return;
        }
        String headerVersion = request.getHeader(RequestMetadataHeaders.PROTOCOL_VERSION);
        if (json.isArray()) {
            legacyBatch(request, json, headerVersion);
            return;
        }
        JsonRpcMessage message;
        try {
            message = JsonRpcMessage.of(json);
        } catch (JsonRpcException e) {
            HttpRefusals.refuse(response, 400, e);
            return;
        }
        if (Eras.isModern(message, headerVersion)) {
            modern(request, message);
        } else {
            legacy(request, message, headerVersion);
        }
    }

    // --- 2026-07-28: stateless ---

    private void modern(HttpServerRequest request, JsonRpcMessage message) {
        HttpServerResponse response = request.response();
        if (!message.isRequest()) {
            // No header rules for a notification in this revision, and nothing in its _meta is required.
            if (message.kind() == JsonRpcMessage.Kind.NOTIFICATION) {
                server.dispatcher().notification(Eras.modernNotificationContext(message, null), message);
            }
            response.setStatusCode(202).end();
            return;
        }
        RequestContext context;
        try {
            // Header against body first: a version that differs is a mismatch, whatever either one names.
            RequestMetadataHeaders.checkVersion(request, message);
            context = Eras.modernContext(message, null);
            RequestMetadataHeaders.check(request, message, server.dispatcher().tools());
        } catch (JsonRpcException e) {
            HttpRefusals.refuse(response, HttpRefusals.modernStatus(e.code()), e);
            return;
        }
        HttpExchangeOutbound outbound = new HttpExchangeOutbound(response, Vertx.currentContext(), 1, false, NOTHING,
                NOTHING, keepAlive.current(), true);
        server.dispatcher().request(context, message, new RequestStream(outbound));
    }

    // --- 2025: sessions ---

    private void legacy(HttpServerRequest request, JsonRpcMessage message, String headerVersion) {
        HttpServerResponse response = request.response();
        if (headerVersion != null && !ProtocolVersion.isSupported(headerVersion)) {
            HttpRefusals.refuse(response, 400, Eras.unsupportedVersion(message.id(), headerVersion));
            return;
        }
        if (message.isRequest() && "initialize".equals(message.method())) {
            initialize(response, message);
            return;
        }
        McpSession session = sessionOf(request);
        if (session == null) {
            return;
        }
        RequestContext context = RequestContext.legacy(session, protocolVersion(headerVersion, session));
        dispatch(response, context, List.of(message), List.of(), false);
    }

    private void legacyBatch(HttpServerRequest request, JsonNode array, String headerVersion) {
        HttpServerResponse response = request.response();
        if (headerVersion != null && !ProtocolVersion.isSupported(headerVersion)) {
            HttpRefusals.refuse(response, 400, Eras.unsupportedVersion(null, headerVersion));
            return;
        }
        McpSession session = sessionOf(request);
        if (session == null) {
            return;
        }
        String version = protocolVersion(headerVersion, session);
        Batch batch;
        try {
            batch = Batch.of(array, version);
        } catch (JsonRpcException e) {
            HttpRefusals.refuse(response, 400, e);
            return;
        }
        dispatch(response, RequestContext.legacy(session, version), batch.messages(), batch.refusals(), true);
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

    private void initialize(HttpServerResponse response, JsonRpcMessage message) {
        McpSession session = server.sessions().create();
        if (session == null) {
            HttpRefusals.refuse(response, 503, new JsonRpcException(message.id(), JsonRpc.INTERNAL_ERROR,
                    "Service Unavailable: the server holds as many sessions as it may; try again later"));
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
                beforeHeaders, session::endExchange, null, false);
        server.dispatcher().request(RequestContext.legacy(session, ProtocolVersion.LATEST_LEGACY), message,
                new RequestStream(outbound));
    }

    /** Handles the messages of one POST; {@code refusals} are error responses already decided for a batch. */
    private void dispatch(HttpServerResponse response, RequestContext context, List<JsonRpcMessage> messages,
            List<String> refusals, boolean batch) {
        McpSession session = context.session();
        int requests = new Batch(messages, refusals).responses();
        for (JsonRpcMessage message : messages) {
            if (message.kind() == JsonRpcMessage.Kind.NOTIFICATION) {
                server.dispatcher().notification(context, message);
            } else if (message.kind() == JsonRpcMessage.Kind.RESPONSE) {
                session.clientResponded(message); // an answer to a question of a call of this session
            }
        }
        if (requests == 0) {
            response.setStatusCode(202).end();
            return;
        }
        session.beginExchange();
        HttpExchangeOutbound outbound = new HttpExchangeOutbound(response, Vertx.currentContext(), requests, batch,
                NOTHING, session::endExchange, keepAlive.current(), false);
        refusals.forEach(refusal -> new RequestStream(outbound).respond(refusal));
        for (JsonRpcMessage message : messages) {
            if (message.isRequest()) {
                server.dispatcher().request(context, message, new RequestStream(outbound));
            }
        }
    }

    /** The session a legacy POST names, or {@code null} after refusing the request (400 or 404). */
    private McpSession sessionOf(HttpServerRequest request) {
        return sessionOf(request, " (or, in protocol version " + ProtocolVersion.V2026_07_28
                + ", send \"_meta\" with the request)");
    }

    /**
     * The session a legacy request names, or {@code null} after refusing the request (400 or 404).
     *
     * @param otherwise what else the client could do instead of opening a session, for the message
     */
    McpSession sessionOf(HttpServerRequest request, String otherwise) {
        String id = request.getHeader(SESSION_ID);
        if (id == null) {
            HttpRefusals.refuse(request.response(), 400, JsonRpc.INVALID_REQUEST, "Bad Request: the " + SESSION_ID
                    + " header is missing; send initialize first" + otherwise);
            return null;
        }
        McpSession session = server.sessions().find(id);
        if (session == null) {
            HttpRefusals.refuse(request.response(), 404, SESSION_NOT_FOUND,
                    "Not Found: no session " + id + " (ended or expired); send initialize to start a new one");
        } else {
            session.touch();
        }
        return session;
    }
}
