package io.github.quarkmcp.runtime.transport;

import java.util.concurrent.Executor;

import io.netty.channel.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;

/**
 * The tasks of a connection (or of one HTTP exchange): run one at a time, in the order given, on its Vert.x context,
 * which is what an {@link io.github.quarkmcp.runtime.protocol.Outbound}'s executor must do.
 */
public final class ContextExecutor implements Executor {

    private final Context context;
    private final EventLoop eventLoop; // null for a worker context, whose tasks may run on any worker thread

    public ContextExecutor(Context context) {
        this.context = context;
        this.eventLoop = context.isEventLoopContext() ? ((ContextInternal) context).nettyEventLoop() : null;
    }

    /** Queues {@code task} behind what the context has queued already, from any thread. */
    @Override
    public void execute(Runnable task) {
        context.runOnContext(ignored -> task.run());
    }

    /** Whether the calling thread is the one these tasks run on: the event loop of an event-loop context. */
    public boolean isCurrentThread() {
        return eventLoop != null && eventLoop.inEventLoop();
    }
}
