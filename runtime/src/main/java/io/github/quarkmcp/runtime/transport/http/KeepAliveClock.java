package io.github.quarkmcp.runtime.transport.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Context;

/**
 * When the POST exchanges open on one event loop are due their first keep-alive line: one periodic check per event
 * loop, running only while an exchange is open there, instead of a timer armed and cancelled for every POST (almost
 * every call ends long before the interval). An exchange still open at its interval is told so (for
 * {@link HttpExchangeOutbound}: a keep-alive line now, and a timer of its own from then on).
 * <p>
 * Exchanges join in the order they open, so the first is always the next due: a check looks at no exchange that is
 * not due, and an exchange that ends leaves at once (a linked list), so nothing of a finished call is held here.
 * Everything but {@link Clocks#current()} runs on the clock's event loop.
 */
final class KeepAliveClock {

    /** The clocks of one endpoint, one per event-loop thread. */
    static final class Clocks {

        private final long intervalMillis;
        private final Map<Thread, KeepAliveClock> byEventLoop = new ConcurrentHashMap<>();

        Clocks(long intervalMillis) {
            this.intervalMillis = intervalMillis;
        }

        /** The clock of the current event loop (the caller runs on one); null when keep-alive is off. */
        KeepAliveClock current() {
            if (intervalMillis <= 0) {
                return null;
            }
            return byEventLoop.computeIfAbsent(Thread.currentThread(), thread -> new KeepAliveClock(intervalMillis));
        }
    }

    /** One open exchange in the clock's list. */
    static final class Entry {

        private final Runnable due;
        private final long openedNanos = System.nanoTime();
        private Entry previous;
        private Entry next;
        private boolean linked;

        private Entry(Runnable due) {
            this.due = due;
        }
    }

    private final long intervalMillis;
    private final long intervalNanos;
    private Entry first;
    private Entry last;
    private long timer = -1;

    private KeepAliveClock(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    long intervalMillis() {
        return intervalMillis;
    }

    /**
     * Starts timing an exchange opened now on {@code context}'s event loop: {@code due} runs there once, one interval
     * from now, unless the exchange is {@linkplain #close closed} before.
     */
    Entry open(Runnable due, Context context) {
        Entry entry = new Entry(due);
        entry.linked = true;
        entry.previous = last;
        if (last == null) {
            first = entry;
        } else {
            last.next = entry;
        }
        last = entry;
        if (timer < 0) {
            // A quarter of the interval: the first line comes between 1 and 1.25 intervals after the exchange opened.
            timer = context.owner().setPeriodic(Math.max(1, intervalMillis / 4), ignored -> check(context));
        }
        return entry;
    }

    /** Stops timing an exchange that ended (or was told it is due). */
    void close(Entry entry) {
        if (!entry.linked) {
            return;
        }
        entry.linked = false;
        if (entry.previous == null) {
            first = entry.next;
        } else {
            entry.previous.next = entry.next;
        }
        if (entry.next == null) {
            last = entry.previous;
        } else {
            entry.next.previous = entry.previous;
        }
        entry.previous = null;
        entry.next = null;
    }

    /** Whether the periodic check runs (only while an exchange is open). */
    boolean ticking() {
        return timer >= 0;
    }

    private void check(Context context) {
        long now = System.nanoTime();
        while (first != null && now - first.openedNanos >= intervalNanos) {
            Entry due = first;
            close(due);
            due.due.run();
        }
        if (first == null) { // nothing open on this event loop: no check until the next exchange
            context.owner().cancelTimer(timer);
            timer = -1;
        }
    }
}
