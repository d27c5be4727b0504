package io.github.quarkmcp.runtime.transport.websocket;

import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * One flush per turn of the event loop for the frames of a socket, not one per frame.
 * <p>
 * Vert.x flushes every frame written outside a read of the same connection, and a tool on a worker thread reporting
 * progress hands each notification to the event loop as a task of its own: a burst of 100 reports was 100 flushes
 * and 100 {@code writev} calls. Netty's {@link FlushConsolidationHandler}, first in the socket's pipeline, lets a
 * flush wait until the tasks queued on the event loop have run (or 256 flushes were asked for), so the frames of a
 * burst leave in one system call. Frames are untouched and stay in order; what is written and not flushed yet still
 * counts against the socket's write queue, so back-pressure ({@code writeQueueFull}) sees it, and a socket that
 * stops being writable is flushed at once.
 */
final class FrameFlushing {

    private static final String HANDLER_NAME = "mcp-frame-flushing";

    private FrameFlushing() {
    }

    /**
     * Installs the consolidation on the connection of an upgraded WebSocket; {@code null} (a connection Vert.x does
     * not expose) is left as it is.
     */
    static void consolidate(ConnectionBase connection) {
        // An HTTP/1.1 connection is upgraded once, so the handler is never there already.
        if (connection != null) {
            connection.channel().pipeline().addFirst(HANDLER_NAME, new FlushConsolidationHandler(
                    FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
        }
    }
}
