package io.github.quarkmcp.runtime.transport.http;

import io.vertx.core.buffer.Buffer;

/** Server-sent events framing. JSON written by Jackson has no raw line breaks, so one {@code data:} line suffices. */
final class SseEvents {

    private SseEvents() {
    }

    static Buffer message(String json) {
        Buffer buffer = Buffer.buffer(json.length() + 24);
        return buffer.appendString("event: message\ndata: ").appendString(json).appendString("\n\n");
    }

    /** A comment line: ignored by clients, it makes the headers go out at once. */
    static Buffer comment(String text) {
        return Buffer.buffer(": " + text + "\n\n");
    }
}
