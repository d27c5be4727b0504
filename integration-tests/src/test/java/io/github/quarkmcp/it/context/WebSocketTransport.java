package io.github.quarkmcp.it.context;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient;
import io.github.quarkmcp.it.websocket.McpWebSocketClient.Received;

/**
 * A session over WebSocket, on the existing {@link McpWebSocketClient}: one socket, one session. The messages of a
 * request's exchange are those that arrived between sending it and its response, except progress and responses of
 * calls started with {@link #start} (those are theirs).
 */
final class WebSocketTransport extends McpTransport {

    private final McpWebSocketClient client;
    private final AtomicLong ids = new AtomicLong(1000);
    private final List<WsPendingCall> started = new CopyOnWriteArrayList<>();
    // Sequence numbers of messages some exchange took; the rest are stray.
    private final Set<Integer> claimed = new HashSet<>();
    private int strayChecked = -1;

    private final boolean modern;

    /** In 2025 the socket's session is initialized first; in 2026-07-28 each request carries its own {@code _meta}. */
    WebSocketTransport(URI endpoint, boolean modern, java.util.Map<String, ?> capabilities) {
        this.modern = modern;
        client = McpWebSocketClient.connect(endpoint);
        if (!modern) {
            client.initialize(capabilities);
        }
        // The handshake's messages are nobody's stray.
        strayChecked = client.received().size() - 1;
    }

    @Override
    Kind kind() {
        return modern ? Kind.WEBSOCKET_2026 : Kind.WEBSOCKET;
    }

    @Override
    Exchange request(String method, Object params) {
        long id = ids.incrementAndGet();
        int from = client.received().size();
        client.request(id, method, json(params));
        Received response = client.awaitResponse(id, TIMEOUT);
        List<JsonNode> messages = new ArrayList<>();
        synchronized (claimed) {
            for (Received message : client.received()) {
                if (message.seq() >= from && message.seq() <= response.seq() && !claimed.contains(message.seq())
                        && !belongsToStartedCall(message)) {
                    claimed.add(message.seq());
                    messages.add(message.json());
                }
            }
        }
        return new Exchange(kind(), id, messages);
    }

    @Override
    void notify(String method, Object params) {
        client.notify(method, json(params));
    }

    @Override
    void answer(JsonNode serverRequest, Object result) {
        client.send(JSON.valueToTree(answerMessage(serverRequest, result)));
    }

    @Override
    PendingCall start(String method, Object params) {
        long id = ids.incrementAndGet();
        JsonNode json = json(params);
        JsonNode token = json == null ? null : json.path("_meta").get("progressToken");
        WsPendingCall call = new WsPendingCall(id, token);
        started.add(call);
        client.request(id, method, json);
        return call;
    }

    /** {@code params} as JSON, with the 2026-07-28 {@code _meta} in that era. */
    private JsonNode json(Object params) {
        Object inEra = inEra(params);
        return inEra == null ? null : JSON.valueToTree(inEra);
    }

    @Override
    List<JsonNode> strayMessages(Duration quiet) {
        client.pollMessage(quiet, message -> false); // just listen
        List<JsonNode> stray = new ArrayList<>();
        synchronized (claimed) {
            for (Received message : client.received()) {
                if (message.seq() > strayChecked) {
                    strayChecked = message.seq();
                    if (!claimed.contains(message.seq()) && !belongsToStartedCall(message)) {
                        stray.add(message.json() != null ? message.json() : JSON.getNodeFactory().textNode(message.text()));
                    }
                }
            }
        }
        return stray;
    }

    private boolean belongsToStartedCall(Received message) {
        return message.json() != null && started.stream().anyMatch(call -> call.owns(message.json()));
    }

    @Override
    public void close() {
        client.close();
    }

    private final class WsPendingCall implements PendingCall {

        private final long id;
        private final JsonNode token;

        WsPendingCall(long id, JsonNode token) {
            this.id = id;
            this.token = token;
        }

        /**
         * Its response, its progress, and the server's requests (a question of a call's): a socket does not say which
         * call asks, so the tests that start a call which asks start only that one.
         */
        boolean owns(JsonNode message) {
            return isResponseTo(message, id) || (token != null && isProgressFor(message, token))
                    || isServerRequest(message);
        }

        @Override
        public Object id() {
            return id;
        }

        @Override
        public JsonNode awaitMessage(Predicate<JsonNode> predicate, Duration timeout) {
            return client.awaitMessage(timeout, m -> m.json() != null && owns(m.json()) && predicate.test(m.json()))
                    .json();
        }

        @Override
        public Optional<JsonNode> pollResponse(Duration timeout) {
            return client.pollMessage(timeout, m -> m.json() != null && isResponseTo(m.json(), id)).map(Received::json);
        }

        @Override
        public void close() {
            // The socket is shared by the session; nothing to release per call.
        }
    }
}
