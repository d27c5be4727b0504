package io.github.quarkmcp.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One server-sent event as a client sees it on the wire.
 *
 * @param event the event type ({@code message} when the server named none)
 * @param data the data lines, joined with {@code \n}
 * @param id the last event id field, {@code null} if none
 * @param arrivalNanos {@link System#nanoTime()} when the blank line that ended the event arrived
 */
public record SseEvent(String event, String data, String id, long arrivalNanos) {

    /** The event's data as JSON (MCP puts one JSON-RPC message in each event). */
    public JsonNode json() {
        return McpHttpClient.parse(data);
    }

    /**
     * The SSE parsing rules of the HTML standard, as far as MCP needs them: {@code field: value} lines (one leading
     * space after the colon is dropped), {@code data} lines accumulate, a blank line dispatches the event, lines
     * starting with {@code :} are comments.
     */
    /** What {@link #readUntilProgress} read: the stream's lines so far and the first progress notification. */
    public record ProgressRead(List<String> lines, JsonNode progress) {
    }

    /**
     * Reads a call's event stream until its first progress notification for {@code token}, failing if the stream
     * ends, answers the call, or says nothing for {@code timeout}.
     */
    public static ProgressRead readUntilProgress(LineStream body, String token, Duration timeout) {
        Parser parser = new Parser();
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            LineStream.Line line = body.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (line == null) {
                throw new AssertionError("the call's stream ended before any progress: " + lines);
            }
            lines.add(line.text());
            parser.line(line.text(), line.nanos());
            for (SseEvent event : parser.events()) {
                JsonNode message = event.json();
                if (McpResponse.isResponse(message)) {
                    throw new AssertionError("the call was answered before any progress: " + message);
                }
                if ("notifications/progress".equals(message.path("method").asText())
                        && token.equals(message.path("params").path("progressToken").asText())) {
                    return new ProgressRead(lines, message);
                }
            }
        }
        throw new AssertionError("no progress for token " + token + " within " + timeout + ": " + lines);
    }

    public static final class Parser {

        private final List<SseEvent> events = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private String event;
        private StringBuilder data;
        private String lastId;

        /** Feeds one line (without its line terminator) that arrived at {@code nanos}. */
        public void line(String line, long nanos) {
            if (line.isEmpty()) {
                dispatch(nanos);
                return;
            }
            if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
                return;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event":
                    event = value;
                    break;
                case "data":
                    if (data == null) {
                        data = new StringBuilder(value);
                    } else {
                        data.append('\n').append(value);
                    }
                    break;
                case "id":
                    lastId = value;
                    break;
                default: // "retry" and unknown fields do not matter here
            }
        }

        /** Call at the end of the stream: an event without its closing blank line is discarded (as browsers do). */
        public List<SseEvent> finish() {
            event = null;
            data = null;
            return events;
        }

        public List<SseEvent> events() {
            return events;
        }

        public List<String> comments() {
            return comments;
        }

        private void dispatch(long nanos) {
            if (data != null) {
                events.add(new SseEvent(event == null || event.isEmpty() ? "message" : event, data.toString(), lastId,
                        nanos));
            }
            event = null;
            data = null;
        }
    }
}
