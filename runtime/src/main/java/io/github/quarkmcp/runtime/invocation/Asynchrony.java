package io.github.quarkmcp.runtime.invocation;

/** Whether a tool's return value is the result or a promise of it. */
public enum Asynchrony {
    NONE,
    UNI,
    COMPLETION_STAGE
}
