package io.github.quarkmcp.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.McpServer;
import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/** A message a network transport received, as JSON (see {@link McpServer#parse(byte[])}). */
public final class ReceivedMessages {

    private ReceivedMessages() {
    }

    /**
     * Parses {@code message} where its bytes are: Vert.x hands over HTTP chunks and WebSocket frames as heap buffers,
     * so the JSON is read from their array, not from a copy of it.
     */
    public static JsonNode parse(McpServer server, Buffer message) {
        ByteBuf bytes = message.getByteBuf();
        if (bytes.hasArray()) {
            return server.parse(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
        }
        return server.parse(message.getBytes());
    }
}
