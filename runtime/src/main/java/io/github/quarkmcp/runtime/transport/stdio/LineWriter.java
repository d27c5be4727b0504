package io.github.quarkmcp.runtime.transport.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import io.github.quarkmcp.runtime.transport.stdio.LineReader.BackPressure;

/**
 * The framing of stdout: one message per line, in the order given, written by a thread of its own (a blocking write
 * to a pipe must not hold an event loop), in batches with one flush each.
 * <p>
 * The queue is bounded in the sense that matters: what waits is counted in bytes, and past the limit the writer says it
 * is {@link #full()}, so that progress is coalesced, droppable log messages are dropped, and the reader of stdin waits
 * ({@link #awaitRoom()}) until half of it is written; then {@code onDrained} runs. What still gets queued while full is
 * what the calls already running must say (their responses), not new work.
 */
final class LineWriter implements Runnable, BackPressure {

    private static final byte[] STOP = new byte[0];
    private static final int BATCH_BYTES = 64 * 1024;

    private final OutputStream out;
    private final long maxQueuedBytes;
    private final Runnable onDrained;
    private final Consumer<IOException> onFailure;
    private final LinkedTransferQueue<byte[]> queue = new LinkedTransferQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean drainWanted = new AtomicBoolean();
    private volatile Thread waitingReader;
    private volatile boolean stopped;
    private volatile Thread thread;

    /**
     * @param out the real stdout, buffered here
     * @param onDrained runs on the writer's thread when the queue fell to half after {@link #notifyWhenDrained()}
     * @param onFailure runs on the writer's thread when stdout fails (the client is gone); nothing is written after
     */
    LineWriter(OutputStream out, long maxQueuedBytes, Runnable onDrained, Consumer<IOException> onFailure) {
        this.out = out;
        this.maxQueuedBytes = maxQueuedBytes;
        this.onDrained = onDrained;
        this.onFailure = onFailure;
    }

    /** Starts the writer's thread. */
    void start(String name) {
        Thread writer = new Thread(this, name);
        writer.setDaemon(true);
        thread = writer;
        writer.start();
    }

    /**
     * Queues one message. A line ending inside it would break the framing: valid JSON has none inside its strings
     * (they are escaped), so any there is whitespace between tokens and becomes a space. Our writers write compact JSON,
     * so this costs one scan.
     */
    void write(String json) {
        if (stopped) {
            return;
        }
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            json = json.replace('\n', ' ').replace('\r', ' ');
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        queuedBytes.addAndGet(bytes.length + 1L);
        queue.offer(bytes);
    }

    /** Whether more waits than the limit. */
    boolean full() {
        return !stopped && queuedBytes.get() > maxQueuedBytes;
    }

    /** Asks for {@code onDrained} once the queue falls to half of the limit; the caller checks {@link #full()} after. */
    void notifyWhenDrained() {
        drainWanted.set(true);
    }

    @Override
    public void awaitRoom() throws InterruptedException {
        while (full()) {
            waitingReader = Thread.currentThread();
            if (full()) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
            }
            waitingReader = null;
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /**
     * Writes what is queued, then stops; returns when that is done or after {@code timeoutMillis}. Messages written
     * after this are dropped.
     */
    void close(long timeoutMillis) {
        queue.offer(STOP);
        Thread writer = thread;
        if (writer != null && writer != Thread.currentThread()) {
            try {
                writer.join(Math.max(1, timeoutMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped = true;
    }

    @Override
    public void run() {
        try {
            for (;;) {
                byte[] message = queue.take();
                long batch = 0;
                while (message != null) {
                    if (message == STOP) {
                        out.flush();
                        stopped = true;
                        return;
                    }
                    out.write(message);
                    out.write('\n');
                    batch += message.length + 1L;
                    message = batch < BATCH_BYTES ? queue.poll() : null;
                }
                out.flush();
                released(batch);
            }
        } catch (IOException e) {
            stopped = true;
            queue.clear();
            queuedBytes.set(0);
            released(0);
            onFailure.accept(e);
        } catch (InterruptedException e) {
            stopped = true;
            Thread.currentThread().interrupt();
        }
    }

    private void released(long bytes) {
        long remaining = queuedBytes.addAndGet(-bytes);
        if (remaining <= maxQueuedBytes / 2) {
            Thread reader = waitingReader;
            if (reader != null) {
                LockSupport.unpark(reader);
            }
            if (drainWanted.compareAndSet(true, false)) {
                onDrained.run();
            }
        }
    }
}
