package io.github.quarkmcp.runtime.invocation;

/** Where a tool method runs, decided at build time from its return type and annotations. */
public enum ExecutionModel {
    /** A worker thread: the default for methods that return a plain value, and for {@code @Blocking}. */
    WORKER,
    /** The event loop: the default for {@code Uni} and {@code CompletionStage}, and for {@code @NonBlocking}. */
    EVENT_LOOP,
    /** A new virtual thread, for {@code @RunOnVirtualThread} (Java 21 or newer). */
    VIRTUAL_THREAD
}
