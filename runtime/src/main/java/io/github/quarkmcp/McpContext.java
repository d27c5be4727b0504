package io.github.quarkmcp;

import java.util.Optional;
import java.util.Set;

/**
 * The context of one tool call: reports progress and log messages to the client that made the call.
 * <p>
 * Declare a parameter of this type on a {@link Tool} method to receive it. Every method is safe to call from
 * any thread, never throws, and does nothing once the call has been answered: nothing the tool does after
 * its result was sent can reach the client.
 */
public interface McpContext {

    /**
     * Reports progress with no known total (indeterminate progress).
     *
     * @see #reportProgress(double, double, String)
     */
    void reportProgress(double progress);

    /**
     * Reports {@code progress} out of {@code total}: {@code (3, 10)} for "3 of 10 items", {@code (75, 100)} for 75%.
     *
     * @see #reportProgress(double, double, String)
     */
    void reportProgress(double progress, double total);

    /**
     * Reports progress with a message for the person watching.
     * <p>
     * Sent as {@code notifications/progress} only when the client asked for progress (it sent a
     * {@code progressToken}); otherwise this costs nearly nothing. Progress must increase: a value that is not
     * above the last one sent is not sent. The tool keeps running either way.
     *
     * @param progress how far the work is; must increase from call to call
     * @param total the value {@code progress} reaches when the work is done, or {@link Double#NaN} if unknown
     * @param message a human-readable description of the current step, or {@code null}
     */
    void reportProgress(double progress, double total, String message);

    /**
     * A reporter for the part of the work from {@code fromPercent} to {@code toPercent} of an overall total of 100.
     *
     * @see ProgressStage
     */
    ProgressStage stage(double fromPercent, double toPercent);

    /**
     * Sends a log message to the client ({@code notifications/message}) if the level is at or above the one the
     * client asked for: with {@code logging/setLevel} for its session (2025), or in the request's own {@code _meta}
     * (2026-07-28, where a request that names no level gets no log message). Log messages of a call travel like its
     * progress: before its result.
     */
    default void log(LogLevel level, String message) {
        log(level, null, message);
    }

    /** Sends a log message from a named logger (e.g. the component it comes from). */
    void log(LogLevel level, String logger, String message);

    default void debug(String message) {
        log(LogLevel.DEBUG, message);
    }

    default void info(String message) {
        log(LogLevel.INFO, message);
    }

    default void notice(String message) {
        log(LogLevel.NOTICE, message);
    }

    default void warning(String message) {
        log(LogLevel.WARNING, message);
    }

    default void error(String message) {
        log(LogLevel.ERROR, message);
    }

    /**
     * Whether the call was cancelled: the client sent {@code notifications/cancelled}, or its session ended (a
     * WebSocket closed, a Streamable HTTP session was deleted), or, in the stateless protocol over Streamable HTTP, it
     * closed the call's response stream. A cancelled call gets no response, so a tool
     * should stop as soon as it can.
     */
    boolean isCancelled();

    /**
     * Runs {@code action} once when the call is cancelled, on the thread that cancels it; at once if it already
     * was. An exception thrown by the action is logged and does not stop other actions.
     */
    void onCancel(Runnable action);

    /**
     * Throws {@link java.util.concurrent.CancellationException} if the call was cancelled, so a loop can stop in
     * one line: {@code ctx.throwIfCancelled();}.
     */
    void throwIfCancelled();

    /** The JSON-RPC id of the call: a {@code String} or a {@code Long}, as the client sent it. */
    Object requestId();

    /**
     * The MCP session the call belongs to. Empty for a call of the stateless protocol (2026-07-28 on), which has no
     * sessions.
     */
    Optional<String> sessionId();

    /**
     * The protocol version of the call: the one its session negotiated ({@code 2025-11-25} and before), or the one
     * the request names ({@code 2026-07-28}).
     */
    String protocolVersion();

    /**
     * The names of the capabilities the client declared ({@code elicitation}, {@code sampling}, {@code roots},
     * ...): in {@code initialize} for a session, in the request itself for the stateless protocol.
     */
    Set<String> clientCapabilities();

    /** Whether the client declared {@code capability}. */
    default boolean clientSupports(String capability) {
        return clientCapabilities().contains(capability);
    }

    /** What the client said of itself, if it did. */
    Optional<ClientInfo> clientInfo();

    /**
     * The token the client sent to ask for progress: a {@code String} or a {@code Long}, as sent. Empty when the
     * client did not ask for progress.
     */
    Optional<Object> progressToken();
}
