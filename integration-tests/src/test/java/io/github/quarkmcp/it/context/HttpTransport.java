package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.ClientSession;
import io.github.quarkmcp.it.LineStream;
import io.github.quarkmcp.it.McpHttpClient;
import io.github.quarkmcp.it.McpResponse;
import io.github.quarkmcp.it.SseEvent;

/**
 * A client over Streamable HTTP, on the existing {@link McpHttpClient}: each request is its own POST, read to the
 * end of its body. In 2025 it is a session, whose standalone {@code GET} stream is open from the start so that
 * anything the server sends outside a request's response is seen ({@link #strayMessages}); in 2026-07-28 there is no
 * session and no GET stream, and a {@code subscriptions/listen} stream plays that part (anything on it after its
 * acknowledgement is stray: these tests change no tool).
 */
final class HttpTransport extends McpTransport {

    private final boolean modern;
    private final McpHttpClient client;
    private final ClientSession session; // 2025 only
    private final McpHttpClient.Opened standalone;
    private final SseEvent.Parser standaloneEvents = new SseEvent.Parser();
    private int standaloneSeen;

    HttpTransport(URI endpoint, boolean modern, Map<String, ?> capabilities) {
        this.modern = modern;
        this.client = new McpHttpClient(endpoint);
        if (modern) {
            session = null;
            standalone = client.open(client.statelessPost(client.nextId(), "subscriptions/listen",
                    McpHttpClient.withModernMeta(Map.of("notifications", Map.of("toolsListChanged", true)), null))
                    .build());
            standaloneSeen = 1; // the acknowledgement
        } else {
            session = client.connect(McpHttpClient.LATEST, capabilities);
            standalone = session.openStream();
        }
        assertEquals(200, standalone.status(), "the stream for messages not tied to a request");
        assertTrue(standalone.contentType().startsWith("text/event-stream"), standalone::contentType);
    }

    /** The 2025 session (null in 2026-07-28). */
    ClientSession session() {
        return session;
    }

    @Override
    Kind kind() {
        return modern ? Kind.HTTP_2026 : Kind.HTTP;
    }

    @Override
    Exchange request(String method, Object params) {
        long id = client.nextId();
        McpResponse response = client.send(post(id, method, params), id);
        if (modern && response.status() != 200) {
            // 2026-07-28 errors carry their HTTP status (400, 404): still one JSON-RPC error response.
            assertTrue(response.status() == 400 || response.status() == 404, () -> method + ": " + response);
            assertEquals("application/json", response.contentType(), () -> method + ": " + response);
        } else {
            assertEquals(200, response.status(), () -> method + ": " + response);
        }
        List<JsonNode> messages = response.isEventStream()
                ? response.events().stream().map(SseEvent::json).collect(Collectors.toList())
                : List.of(response.json());
        return new Exchange(kind(), response.requestId(), messages);
    }

    @Override
    void notify(String method, Object params) {
        McpResponse response = client.send(post(null, method, params));
        assertEquals(202, response.status(), () -> method + " (a notification) must be accepted with 202: " + response);
        assertEquals("", response.body(), () -> method + " (a notification) must get no body: " + response);
    }

    @Override
    void answer(JsonNode serverRequest, Object result) {
        McpResponse response = client.send(session.post(McpHttpClient.write(answerMessage(serverRequest, result))));
        assertEquals(202, response.status(), () -> "an answer to " + serverRequest + " must be accepted: " + response);
        assertEquals("", response.body(), () -> "an answer must get no body: " + response);
    }

    @Override
    PendingCall start(String method, Object params) {
        long id = client.nextId();
        McpHttpClient.Opened opened = client.open(post(id, method, params).build());
        assertEquals(200, opened.status(), () -> method + " " + id + ": HTTP " + opened.status());
        return new HttpPendingCall(id, opened);
    }

    /** The POST of a message in this transport's era. */
    private HttpRequest.Builder post(Object id, String method, Object params) {
        if (modern) {
            return client.statelessPost(id, method, (JsonNode) inEra(params));
        }
        return session.post(McpHttpClient.message(id, method, params));
    }

    @Override
    List<JsonNode> strayMessages(Duration quiet) {
        read(standalone.body(), standaloneEvents, System.nanoTime() + quiet.toNanos());
        List<SseEvent> events = standaloneEvents.events();
        List<JsonNode> stray = events.size() <= standaloneSeen ? List.of()
                : events.subList(standaloneSeen, events.size()).stream().map(SseEvent::json).collect(Collectors.toList());
        standaloneSeen = Math.max(standaloneSeen, events.size());
        return stray;
    }

    @Override
    public void close() {
        standalone.close();
        if (session != null) {
            session.delete();
        }
    }

    /** Feeds lines to {@code parser} until {@code deadline} or the end of the stream. */
    private static void read(LineStream body, SseEvent.Parser parser, long deadline) {
        while (!body.ended()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Optional<LineStream.Line> line = body.poll(Duration.ofNanos(left));
            line.ifPresent(l -> parser.line(l.text(), l.nanos()));
        }
    }

    /** A POST whose response is read event by event; it may stay open (a cancelled call is never answered). */
    private static final class HttpPendingCall implements PendingCall {

        private final long id;
        private final McpHttpClient.Opened opened;
        private final SseEvent.Parser parser = new SseEvent.Parser();
        private final List<JsonNode> json = new ArrayList<>();
        private int consumed;

        HttpPendingCall(long id, McpHttpClient.Opened opened) {
            this.id = id;
            this.opened = opened;
        }

        @Override
        public Object id() {
            return id;
        }

        @Override
        public JsonNode awaitMessage(Predicate<JsonNode> predicate, Duration timeout) {
            return next(predicate, timeout).orElseThrow(() -> new AssertionError("HTTP: no matching message of request "
                    + id + " within " + timeout + (opened.body().ended() ? " (its stream ended)" : "")
                    + "; received: " + json));
        }

        @Override
        public Optional<JsonNode> pollResponse(Duration timeout) {
            return next(McpTransport::isResponse, timeout);
        }

        private Optional<JsonNode> next(Predicate<JsonNode> predicate, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                while (consumed < json.size()) {
                    JsonNode message = json.get(consumed++);
                    if (predicate.test(message)) {
                        return Optional.of(message);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || opened.body().ended()) {
                    return Optional.empty();
                }
                if (!opened.contentType().startsWith("text/event-stream")) {
                    // A plain JSON answer: the whole body is the response.
                    String body = String.join("\n",
                            opened.body().rest(McpTransport.TIMEOUT).stream().map(LineStream.Line::text).toList());
                    json.add(McpHttpClient.parse(body));
                    continue;
                }
                opened.body().poll(Duration.ofNanos(left)).ifPresent(line -> parser.line(line.text(), line.nanos()));
                List<SseEvent> events = parser.events();
                for (int i = json.size(); i < events.size(); i++) {
                    json.add(events.get(i).json());
                }
            }
        }

        @Override
        public void close() {
            opened.close();
        }
    }
}
