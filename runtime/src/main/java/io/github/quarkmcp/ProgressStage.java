package io.github.quarkmcp;

/**
 * A part of a tool's work that owns a slice of its overall progress, for work done in stages.
 * <p>
 * {@code ctx.stage(25, 60)} covers 25 to 60 of an overall total of 100: its {@code report(3, 10)} is sent as
 * progress 35.5 of 100. A stage splits further with {@link #stage(double, double)}, whose bounds are percentages
 * of this stage. When one stage ends where the next begins, the overall progress only increases.
 *
 * <pre>{@code
 * ProgressStage validation = ctx.stage(0, 25), export = ctx.stage(25, 60),
 *         transform = ctx.stage(60, 80), load = ctx.stage(80, 100);
 * for (int i = 0; i < rows; i++) { validate(i); validation.report(i + 1, rows, "validating"); }
 * }</pre>
 */
public interface ProgressStage {

    /** Reports {@code done} out of {@code total} of this stage. */
    void report(double done, double total);

    /** Reports {@code done} out of {@code total} of this stage with a message for the person watching. */
    void report(double done, double total, String message);

    /** A part of this stage, from {@code fromPercent} to {@code toPercent} of it. */
    ProgressStage stage(double fromPercent, double toPercent);
}
