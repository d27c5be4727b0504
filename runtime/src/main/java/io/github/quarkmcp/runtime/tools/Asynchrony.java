package io.github.quarkmcp.runtime.tools;

/** Whether a tool's return value is the result or a promise of it. */
public enum Asynchrony {
    NONE,
    UNI,
    COMPLETION_STAGE
}
