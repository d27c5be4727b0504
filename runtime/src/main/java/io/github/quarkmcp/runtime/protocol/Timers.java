package io.github.quarkmcp.runtime.protocol;

/** Runs a task later; the protocol core's only clock, provided by the runtime (Vert.x timers). */
@FunctionalInterface
public interface Timers {

    void schedule(long delayNanos, Runnable task);
}
