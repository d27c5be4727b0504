package io.github.quarkmcp.runtime.invocation;

/**
 * A call that can reach a time limit ({@code @Tool(timeout)} or {@code quarkus.mcp.tools.timeout}). The
 * {@link MethodCaller} registers with it so that a method blocking a thread at the limit is interrupted then:
 * otherwise a tool that never returns would hold a worker for ever, long after its call was answered.
 */
public interface TimeLimitedCall {

    /** Whether this call has a time limit at all; without one, {@link #onTimeLimit(Runnable)} never runs anything. */
    boolean hasTimeLimit();

    /**
     * Runs {@code action} when the call reaches its time limit, on the timer's thread, at most once; never when the
     * call is merely cancelled by its client, nor after it ended.
     */
    void onTimeLimit(Runnable action);
}
