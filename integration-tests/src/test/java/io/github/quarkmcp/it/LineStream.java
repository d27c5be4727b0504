package io.github.quarkmcp.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as lines, in arrival order, as the bytes come off the socket.
 * <p>
 * It subscribes to the body publisher of {@code HttpResponse.BodyHandlers.ofPublisher()} (which completes the
 * response as soon as the headers are in), so a test can wait for the next line with a timeout, see the end of
 * the stream, or stop reading at any time ({@link #close()} cancels the body, which closes the connection) without
 * a thread stuck in a blocking read.
 */
public final class LineStream implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {

    /** One line, without its terminator, and when it arrived ({@link System#nanoTime()}). */
    public record Line(String text, long nanos) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private boolean ended;

    LineStream(Flow.Publisher<List<ByteBuffer>> body) {
        body.subscribe(this);
    }

    /**
     * The next line, or {@code null} when the stream has ended.
     *
     * @throws AssertionError if no line and no end arrived within {@code timeout}, or the body failed
     */
    public Line next(Duration timeout) {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the response body", e);
        }
        if (item == null) {
            throw new AssertionError("neither a line nor the end of the stream arrived within " + timeout);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Throwable) {
            ended = true;
            throw new AssertionError("the response body failed: " + item, (Throwable) item);
        }
        return (Line) item;
    }

    /**
     * The next line if one arrives within {@code timeout}; empty if none did (the stream may stay open) or the stream
     * has ended (then {@link #ended()} is true). For streams that may legitimately go quiet.
     *
     * @throws AssertionError if the body failed
     */
    public Optional<Line> poll(Duration timeout) {
        if (ended) {
            return Optional.empty();
        }
        Object item;
        try {
            item = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the response body", e);
        }
        if (item == null) {
            return Optional.empty();
        }
        if (item == END) {
            ended = true;
            return Optional.empty();
        }
        if (item instanceof Throwable) {
            ended = true;
            throw new AssertionError("the response body failed: " + item, (Throwable) item);
        }
        return Optional.of((Line) item);
    }

    /** Every line up to the end of the stream; fails if the stream does not end within {@code timeout}. */
    public List<Line> rest(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Line> lines = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Line line;
            try {
                line = next(Duration.ofNanos(Math.max(0, left)));
            } catch (AssertionError e) {
                throw new AssertionError("the stream did not end within " + timeout + "; lines so far: "
                        + lines.stream().map(Line::text).toList(), e);
            }
            if (line == null) {
                return lines;
            }
            lines.add(line);
        }
    }

    /** Whether the end of the stream was read. */
    public boolean ended() {
        return ended;
    }

    /** Stops reading: cancels the body, which makes the client drop the connection. */
    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    // --- Flow.Subscriber, called by the HttpClient ---

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        long now = System.nanoTime();
        for (ByteBuffer buffer : buffers) {
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    emit(now);
                } else {
                    pending.write(b);
                }
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        queue.add(failure);
    }

    @Override
    public void onComplete() {
        if (pending.size() > 0) {
            emit(System.nanoTime());
        }
        queue.add(END);
    }

    private void emit(long nanos) {
        // '\n' never occurs inside a multi-byte UTF-8 sequence, so each line decodes on its own.
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        queue.add(new Line(text, nanos));
    }
}
