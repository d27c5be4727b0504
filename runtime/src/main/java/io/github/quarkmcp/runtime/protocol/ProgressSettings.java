package io.github.quarkmcp.runtime.protocol;

/**
 * How progress notifications are paced.
 *
 * @param minIntervalNanos the least time between two notifications of one request; 0 sends every report
 * @param timers the clock that sends a coalesced report when its interval is over
 */
public record ProgressSettings(long minIntervalNanos, Timers timers) {
}
