package io.github.quarkmcp.runtime.protocol;

import java.io.IOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** What every transport shares: the dispatcher, the sessions, the subscriptions and the reading of client messages. */
public final class McpServer {

    private final McpDispatcher dispatcher;
    private final McpSessions sessions;
    private final Subscriptions subscriptions;
    private final ObjectReader messageReader;

    public McpServer(McpDispatcher dispatcher, McpSessions sessions, Subscriptions subscriptions, ObjectMapper mapper) {
        this.dispatcher = dispatcher;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        // "{...} garbage" is not one JSON value: it must be a parse error, not a message followed by noise.
        this.messageReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads one message as sent by a client; anything that is not exactly one JSON value is refused with -32700. */
    public JsonNode parse(byte[] message) {
        return parse(message, 0, message.length);
    }

    /** {@link #parse(byte[])} of {@code length} bytes of {@code bytes} from {@code offset}, read where they are. */
    public JsonNode parse(byte[] bytes, int offset, int length) {
        try {
            JsonNode json = messageReader.readTree(bytes, offset, length);
            if (json == null || json.isMissingNode()) {
                throw new JsonRpcException(null, JsonRpc.PARSE_ERROR, "Parse error: the message is empty");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new JsonRpcException(null, JsonRpc.PARSE_ERROR, "Parse error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new JsonRpcException(null, JsonRpc.PARSE_ERROR, "Parse error: " + e.getMessage());
        }
    }

    /**
     * Hands a message of a connection transport (a WebSocket, stdio), whose one session is {@code session}, to the
     * core in its era: a modern one (2026-07-28 {@code _meta}) is stateless, its version and capabilities its own,
     * though still tracked by the session so that {@code notifications/cancelled} and the end of the connection cancel
     * it; a legacy one belongs to the session. A response answers a question of one of the session's calls.
     *
     * @param refuse writes an error response the core could not tie to a request stream (a request without a usable
     *        {@code _meta})
     */
    public void receive(McpSession session, JsonRpcMessage message, Outbound connection,
            Consumer<String> refuse) {
        RequestContext context;
        try {
            context = Eras.onConnection(message, session);
        } catch (JsonRpcException e) {
            refuse.accept(e.toResponse()); // only requests are refused: a notification always has a context
            return;
        }
        if (message.isRequest()) {
            dispatcher.request(context, message, new RequestStream(connection));
        } else if (message.kind() == JsonRpcMessage.Kind.NOTIFICATION) {
            dispatcher.notification(context, message);
        } else {
            session.clientResponded(message);
        }
    }

    public McpDispatcher dispatcher() {
        return dispatcher;
    }

    public McpSessions sessions() {
        return sessions;
    }

    /**
     * Tells every client that listens for it that the tool list changed: 2025 sessions on their stream for messages
     * not tied to a request, 2026-07-28 subscriptions that asked for {@code toolsListChanged}.
     */
    public void toolsListChanged() {
        sessions.broadcast(JsonRpc.notification("notifications/tools/list_changed", "{}"));
        subscriptions.toolsListChanged();
    }

    /** Tells the 2025 sessions and 2026-07-28 subscriptions that listen for it that the resource list changed. */
    public void resourcesListChanged() {
        sessions.broadcast(JsonRpc.notification("notifications/resources/list_changed", "{}"));
        subscriptions.resourcesListChanged();
    }

    /** Tells the 2025 sessions and 2026-07-28 subscriptions that listen for it that the prompt list changed. */
    public void promptsListChanged() {
        sessions.broadcast(JsonRpc.notification("notifications/prompts/list_changed", "{}"));
        subscriptions.promptsListChanged();
    }

    /** Tells the sessions and subscriptions that subscribed to {@code uri} that the resource changed. */
    public void resourceUpdated(String uri) {
        sessions.resourceUpdated(uri, JsonRpc.notification("notifications/resources/updated",
                "{\"uri\":" + JsonRpc.quote(uri) + "}"));
        subscriptions.resourceUpdated(uri);
    }
}
