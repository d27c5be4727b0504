package io.github.quarkmcp.runtime.transport.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * Server-sent events framing. Wire JSON is written compact, so one {@code data:} line is the rule; a line break
 * anyway (a customized mapper) becomes one {@code data:} line per line, as SSE requires, rather than a broken event.
 */
final class SseEvents {

    private SseEvents() {
    }

    /**
     * Turns {@code response} into an event stream: the headers say so, and ask proxies such as nginx not to buffer
     * it ({@code X-Accel-Buffering: no}), or progress would arrive in lumps.
     */
    static HttpServerResponse startStream(HttpServerResponse response) {
        return response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader("X-Accel-Buffering", "no");
    }

    static Buffer message(String json) {
        return appendMessage(Buffer.buffer(json.length() + 24), json);
    }

    /** Appends the event of one message to {@code events} (several events go out in one write). */
    static Buffer appendMessage(Buffer events, String json) {
        events.appendString("event: message\n");
        if (json.indexOf('\n') < 0 && json.indexOf('\r') < 0) {
            return events.appendString("data: ").appendString(json).appendString("\n\n");
        }
        for (String line : json.split("\r\n|\r|\n")) {
            events.appendString("data: ").appendString(line).appendString("\n");
        }
        return events.appendString("\n");
    }

    /** The comment line that keeps a silent stream from looking dead to proxies and idle timeouts. */
    static Buffer keepAlive() {
        return comment("keep-alive");
    }

    /** A comment line: ignored by clients, it makes the headers go out at once. */
    static Buffer comment(String text) {
        return Buffer.buffer(": " + text + "\n\n");
    }
}
