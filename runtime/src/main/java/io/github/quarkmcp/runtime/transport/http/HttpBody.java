package io.github.quarkmcp.runtime.transport.http;

import java.util.function.Consumer;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/** Reads a POST body whole, up to {@code quarkus.mcp.http.max-body-size}; over it, the client gets 413. */
final class HttpBody {

    private final long maxBytes;

    HttpBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads the body and hands it to {@code onBody}; a body over the limit is refused and not read further. */
    void read(HttpServerRequest request, Consumer<Buffer> onBody) {
        String declaredLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && parseLength(declaredLength) > maxBytes) {
            refuseTooLarge(request);
            return;
        }
        Reading reading = new Reading(request);
        request.handler(reading::add);
        request.exceptionHandler(ignored -> {
        });
        request.endHandler(ignored -> {
            if (!reading.tooLarge) {
                onBody.accept(reading.body != null ? reading.body : Buffer.buffer());
            }
        });
        request.resume();
    }

    /**
     * The chunks of one body. Most bodies come in one chunk, which is kept as it is (Vert.x hands over a buffer of
     * its own for each): only a second chunk makes a copy.
     */
    private final class Reading {

        private final HttpServerRequest request;
        private Buffer body;
        private boolean aggregated;
        private boolean tooLarge;

        Reading(HttpServerRequest request) {
            this.request = request;
        }

        void add(Buffer chunk) {
            if (tooLarge) {
                return;
            }
            int length = body == null ? 0 : body.length();
            if (length + chunk.length() > maxBytes) {
                tooLarge = true;
                refuseTooLarge(request);
            } else if (body == null) {
                body = chunk;
            } else {
                if (!aggregated) {
                    body = Buffer.buffer(length + chunk.length()).appendBuffer(body);
                    aggregated = true;
                }
                body.appendBuffer(chunk);
            }
        }
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
        HttpRefusals.refuse(request.response(), 413, JsonRpc.INVALID_REQUEST,
                "Payload Too Large: the body exceeds " + maxBytes + " bytes (quarkus.mcp.http.max-body-size)");
    }
}
