package io.github.quarkmcp.runtime.transport.websocket;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Writes each message as one final, unmasked text frame (RFC 6455, section 5.2), encoded once, into one pooled
 * buffer for all the frames of a turn of the event loop.
 * <p>
 * {@link ServerWebSocket#writeTextMessage} pays, per frame, for the text copied into a heap buffer, a Vert.x frame,
 * a Netty frame, a promise and its listener, the encoder's buffer for the header, and then a pooled buffer and an
 * entry in the channel's outbound queue, each allocated and released; a progress notification is smaller than all
 * of that. A server's frame is only a header of two or four bytes and the UTF-8 of the text, so the frames written
 * while the event loop runs its queued tasks (a burst of reports from a worker) are encoded one after the other into
 * one buffer, which a task queued behind them hands to the connection through Vert.x's own write path: one buffer,
 * one entry, one flush per burst; the flush rules and the write queue that back-pressure reads are Vert.x's. The
 * encoders of the pipeline (frames, compression) let a buffer pass untouched; an uncompressed frame is valid whether
 * or not compression was negotiated (RFC 7692, section 6).
 * <p>
 * Frames stay whole and in order: a message of more than {@value #MAX_DIRECT_FRAME_BYTES} bytes goes through Vert.x
 * (one frame with a 64-bit length, or several past Vert.x's frame limit) after the frames gathered before it, and so
 * does a close frame of ours ({@link #handOver()} first). What is gathered counts against the write queue once
 * handed over, at the latest at {@value #MAX_GATHERED_BYTES} bytes. If the socket was closed meanwhile (the client's
 * close frame, or the server shutting down), what was gathered is dropped: nothing may follow a close frame. A
 * connection Vert.x does not expose gets every message through Vert.x.
 */
final class TextFrames {

    /** The longest payload a 16-bit length field holds: one under Vert.x's default frame limit, as clients expect. */
    private static final int MAX_DIRECT_FRAME_BYTES = 65_535;
    /** Gathered frames are handed over at the end of the turn, or once they are this large. */
    private static final int MAX_GATHERED_BYTES = 65_536;

    private static final int FIRST_BUFFER_BYTES = 8_192;
    private static final int FINAL_TEXT_FRAME = 0x81;
    private static final int SIXTEEN_BIT_LENGTH = 126;

    private final ServerWebSocket socket;
    private final ConnectionBase connection; // null: every message goes through Vert.x
    private final Runnable handOver = this::handOver;
    private ByteBuf gathered; // confined to the event loop; null when nothing waits

    /** The frames of {@code socket}, written through {@code connection}, its Vert.x connection (null: not exposed). */
    TextFrames(ServerWebSocket socket, ConnectionBase connection) {
        this.socket = socket;
        this.connection = connection;
    }

    /** Writes {@code text} as one message; only on the socket's event loop, and only while the socket is open. */
    void write(String text) {
        int length = connection == null ? -1 : ByteBufUtil.utf8Bytes(text);
        if (length < 0 || length > MAX_DIRECT_FRAME_BYTES) {
            handOver();
            socket.writeTextMessage(text);
            return;
        }
        boolean shortLength = length < SIXTEEN_BIT_LENGTH;
        int frameBytes = (shortLength ? 2 : 4) + length;
        if (gathered == null) {
            Channel channel = connection.channel();
            gathered = channel.alloc().buffer(Math.max(FIRST_BUFFER_BYTES, frameBytes));
            channel.eventLoop().execute(handOver); // behind the tasks queued now: the rest of the burst
        }
        gathered.writeByte(FINAL_TEXT_FRAME);
        if (shortLength) {
            gathered.writeByte(length);
        } else {
            gathered.writeByte(SIXTEEN_BIT_LENGTH).writeShort(length);
        }
        ByteBufUtil.reserveAndWriteUtf8(gathered, text, length);
        if (gathered.readableBytes() >= MAX_GATHERED_BYTES) {
            handOver();
        }
    }

    /** Hands the frames gathered so far to the connection; before anything that must come after them. */
    void handOver() {
        ByteBuf frames = gathered;
        if (frames == null) {
            return;
        }
        gathered = null;
        if (socket.isClosed()) {
            frames.release();
        } else {
            connection.writeToChannel(frames, connection.channel().voidPromise());
        }
    }
}
