package io.github.quarkmcp.runtime.protocol;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;

/** A {@link ProgressStage}: maps its own {@code done/total} into its slice of the call's overall 100. */
final class StageReporter implements ProgressStage {

    private static final double OVERALL = 100;

    private final McpContext context;
    private final double from;
    private final double to;

    /** @param from where the stage starts, out of the overall 100; {@code to} where it ends */
    StageReporter(McpContext context, double from, double to) {
        if (!(from >= 0 && from <= to && to <= OVERALL)) {
            throw new IllegalArgumentException("A stage spans 0 <= from <= to <= 100, not " + from + ".." + to);
        }
        this.context = context;
        this.from = from;
        this.to = to;
    }

    @Override
    public void report(double done, double total) {
        report(done, total, null);
    }

    @Override
    public void report(double done, double total, String message) {
        if (total > 0) {
            // Multiplied before divided: row 1 of 3 in a 0-30 stage is exactly 10, not 9.999999999999998.
            double clamped = Math.min(total, Math.max(0, done));
            context.reportProgress(from + (to - from) * clamped / total, OVERALL, message);
        }
    }

    @Override
    public ProgressStage stage(double fromPercent, double toPercent) {
        if (!(fromPercent >= 0 && fromPercent <= toPercent && toPercent <= OVERALL)) {
            throw new IllegalArgumentException("A stage spans 0 <= from <= to <= 100, not " + fromPercent + ".." + toPercent);
        }
        return new StageReporter(context, at(fromPercent), at(toPercent));
    }

    /** The overall value of {@code percent} of this stage. */
    private double at(double percent) {
        return from + (to - from) * percent / OVERALL;
    }
}
