package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

/**
 * Sends {@code notifications/progress} for one request that carried a progress token, without flooding the client
 * and without ever breaking the spec's rule that progress increases.
 * <p>
 * A report is accepted only if it is above every value accepted before (a lock-free compare-and-set, so several
 * threads may report at once and acceptance order is increasing). Accepted values wait in a single slot where a
 * newer one replaces an older one; the slot is written out on the request's ordered stream at most once per
 * {@code minInterval}, and only while the transport can take more. So a tight loop of a million reports costs a
 * million compare-and-sets and a handful of notifications, and a client that reads slowly gets the latest value,
 * not a backlog. With a zero interval every accepted report is sent while the client keeps up; while it does not,
 * reports are coalesced all the same. Whatever the interval, the latest accepted value goes out before the response
 * ({@link #flushNow()}), so a client always sees the final progress.
 */
final class ProgressReporter {

    private static final Logger LOG = Logger.getLogger(ProgressReporter.class);
    private static final int MAX_QUEUED = 1024;

    private record Report(double progress, double total, String message) {
    }

    private final String tokenJson;
    private final RequestStream stream;
    private final Timers timers;
    private final long minIntervalNanos;

    private final AtomicLong lastAccepted = new AtomicLong(Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY));
    private final AtomicReference<Report> pending = new AtomicReference<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicInteger queued = new AtomicInteger();
    // Confined to the stream's executor.
    private double lastSent = Double.NEGATIVE_INFINITY;
    private long lastSentNanos;
    private boolean waitingForWritable;

    ProgressReporter(String tokenJson, RequestStream stream, Timers timers, long minIntervalNanos) {
        this.tokenJson = tokenJson;
        this.stream = stream;
        this.timers = timers;
        this.minIntervalNanos = minIntervalNanos;
    }

    void report(double progress, double total, String message) {
        if (!Double.isFinite(progress)) {
            LOG.debugf("Progress %s of token %s not sent: not a finite number", progress, tokenJson);
            return;
        }
        if (!accept(progress)) {
            LOG.debugf("Progress %s of token %s not sent: not above the last value reported", progress, tokenJson);
            return;
        }
        Report report = new Report(progress, total, message);
        // Zero interval: one task per report while at most MAX_QUEUED wait, so a tool that reports faster than the
        // event loop writes is coalesced like any other rather than queueing without bound.
        if (minIntervalNanos == 0 && queued.incrementAndGet() <= MAX_QUEUED) {
            stream.execute(() -> {
                queued.decrementAndGet();
                sendUnlessBackedUp(report);
            });
            return;
        }
        if (minIntervalNanos == 0) {
            queued.decrementAndGet();
        }
        hold(report);
    }

    /** Zero interval: send at once, unless the client is behind; then wait in the slot like any coalesced report. */
    private void sendUnlessBackedUp(Report report) {
        if (pending.get() == null && stream.isWritable()) {
            send(report);
        } else {
            hold(report);
        }
    }

    /** Puts a report in the slot and makes sure a flush will come. */
    private void hold(Report report) {
        // Keep the highest of the waiting reports: a slower thread must not put back an older value.
        pending.accumulateAndGet(report, (waiting, offered) -> waiting == null || offered.progress > waiting.progress
                ? offered
                : waiting);
        if (flushScheduled.compareAndSet(false, true)) {
            stream.execute(this::flushWhenDue);
        }
    }

    /**
     * Sends the latest waiting value, interval or not. Runs on the stream's executor, just before the response or a
     * question to the client, so that what was reported before either arrives before it.
     */
    void flushNow() {
        Report report = pending.getAndSet(null);
        if (report != null) {
            send(report);
        }
    }

    private boolean accept(double progress) {
        long bits = Double.doubleToRawLongBits(progress);
        for (;;) {
            long current = lastAccepted.get();
            if (progress <= Double.longBitsToDouble(current)) {
                return false;
            }
            if (lastAccepted.compareAndSet(current, bits)) {
                return true;
            }
        }
    }

    private void flushWhenDue() {
        if (!stream.isOpen()) {
            pending.set(null);
            return;
        }
        long wait = lastSentNanos == 0 ? 0 : lastSentNanos + minIntervalNanos - System.nanoTime();
        if (wait > 0) {
            timers.schedule(wait, () -> stream.execute(this::flushWhenDue));
            return;
        }
        if (!stream.isWritable()) {
            if (!waitingForWritable) {
                waitingForWritable = true;
                stream.whenWritable(() -> {
                    waitingForWritable = false;
                    flushWhenDue();
                });
            }
            return;
        }
        flushScheduled.set(false);
        Report report = pending.getAndSet(null);
        if (report != null) {
            send(report);
        }
        // A report that came in after the slot was emptied but before the flag was cleared needs its own flush.
        if (pending.get() != null && flushScheduled.compareAndSet(false, true)) {
            stream.execute(this::flushWhenDue);
        }
    }

    private void send(Report report) {
        if (!stream.isOpen()) {
            LOG.debugf("Progress %s of token %s dropped: the request was already answered", report.progress, tokenJson);
        } else if (report.progress > lastSent) {
            lastSent = report.progress;
            lastSentNanos = System.nanoTime();
            stream.sendNow(notification(report));
        }
    }

    private String notification(Report report) {
        StringBuilder params = new StringBuilder(96).append("{\"progressToken\":").append(tokenJson)
                .append(",\"progress\":").append(number(report.progress));
        if (Double.isFinite(report.total)) {
            params.append(",\"total\":").append(number(report.total));
        }
        if (report.message != null) {
            params.append(",\"message\":").append(JsonRpc.quote(report.message));
        }
        return JsonRpc.notification("notifications/progress", params.append('}').toString());
    }

    /** Whole numbers without a fraction ({@code 3}, not {@code 3.0}), as a person reading the wire expects. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
