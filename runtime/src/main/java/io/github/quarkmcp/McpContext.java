package io.github.quarkmcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.mutiny.Uni;

/**
 * The context of one tool call: reports progress and log messages to the client that made the call.
 * <p>
 * Declare a parameter of this type on a {@link Tool} method to receive it. Every method is safe to call from
 * any thread, never throws, and does nothing once the call has been answered: nothing the tool does after
 * its result was sent can reach the client. The exceptions are the methods that ask the client something
 * ({@link #elicit}, {@link #sample}, {@link #roots}), which wait for its answer.
 *
 * <h2>Asking the client</h2>
 * One API serves both protocol eras, which work differently underneath:
 * <ul>
 * <li>2025 (sessions): the question goes to the client as a request on the call's stream, in order with its
 * progress, and the method waits for the answer (at most {@code quarkus.mcp.client-requests.timeout}).</li>
 * <li>2026-07-28 (stateless): the call ends with the question ({@link InputRequiredException} unwinds the tool) and
 * the client retries it with the answer; the tool runs again <em>from the start</em>, and this time the same
 * question returns the answer at once. Earlier answers travel with the retry in a signed {@code requestState}. So a
 * tool asks before its side effects, and asks the same questions in the same order on every run.</li>
 * </ul>
 * A client that did not declare the capability is never asked: the method throws {@link ClientRequestException}
 * (2025: the call ends with an error result naming the capability; 2026-07-28: the request is answered with
 * {@code MissingRequiredClientCapabilityError}). The {@code ...Async} variants ask at once, when called, so that
 * several questions can be asked together; the {@code Uni} delivers the answer. The blocking ones may not run on
 * the event loop.
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
     * Asks the user to fill in a form ({@code elicitation/create}, form mode) and waits for the answer.
     *
     * @param message what the user is asked, and why
     * @param form a record whose components are the form's fields (strings, numbers, booleans, enums, sets of
     *        enums), described with {@link ToolArg} and {@link FormField}; its schema is made at build time, where
     *        this method is called with the record's class literal
     * @throws ClientRequestException if the client cannot or did not answer
     * @throws InputRequiredException in the stateless protocol, until the client answers
     * @throws java.util.concurrent.CancellationException if the call is cancelled while waiting
     */
    default <T> Elicitation<T> elicit(String message, Class<T> form) {
        return elicitAsync(message, form).await().indefinitely();
    }

    /**
     * Asks the user to fill in a form whose schema is only known at run time: {@code requestedSchema} is the
     * restricted JSON Schema of the MCP spec (a flat {@code "type": "object"} of strings, numbers, booleans and
     * enums), as maps and lists. The answer's values come as JSON types: {@code String}, {@code Number},
     * {@code Boolean}, {@code List}.
     */
    default Elicitation<Map<String, Object>> elicit(String message, Map<String, ?> requestedSchema) {
        return elicitAsync(message, requestedSchema).await().indefinitely();
    }

    /**
     * Asks the user to open {@code url} (URL-mode elicitation), for what must not pass through the client: a
     * credential, a payment, a third-party authorization. Accepting means the user agreed to open it, not that the
     * interaction there is over.
     */
    default Elicitation<Void> elicitUrl(String message, String url) {
        return elicitUrlAsync(message, url).await().indefinitely();
    }

    /** Asks the client's language model ({@code sampling/createMessage}) and waits for its answer. */
    default SamplingResult sample(SamplingRequest request) {
        return sampleAsync(request).await().indefinitely();
    }

    /** Asks the client for its roots ({@code roots/list}) and waits for them. */
    default List<Root> roots() {
        return rootsAsync().await().indefinitely();
    }

    /** {@link #elicit(String, Class)}, asked now, answered by the {@code Uni}. */
    <T> Uni<Elicitation<T>> elicitAsync(String message, Class<T> form);

    /** {@link #elicit(String, Map)}, asked now, answered by the {@code Uni}. */
    Uni<Elicitation<Map<String, Object>>> elicitAsync(String message, Map<String, ?> requestedSchema);

    /** {@link #elicitUrl(String, String)}, asked now, answered by the {@code Uni}. */
    Uni<Elicitation<Void>> elicitUrlAsync(String message, String url);

    /** {@link #sample(SamplingRequest)}, asked now, answered by the {@code Uni}. */
    Uni<SamplingResult> sampleAsync(SamplingRequest request);

    /** {@link #roots()}, asked now, answered by the {@code Uni}. */
    Uni<List<Root>> rootsAsync();

    /**
     * The token the client sent to ask for progress: a {@code String} or a {@code Long}, as sent. Empty when the
     * client did not ask for progress.
     */
    Optional<Object> progressToken();
}
