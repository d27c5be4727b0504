package io.github.quarkmcp;

/**
 * Ends a call of the stateless protocol (2026-07-28) that asked the client something it has not answered yet: the
 * call is answered with the question ({@code InputRequiredResult}) and runs again, from the start, when the client
 * retries it with the answer. {@link McpContext#elicit}, {@link McpContext#sample} and {@link McpContext#roots} throw
 * it; there is nothing to do with it but let it pass. A tool that catches it anyway is still answered with the
 * question: whatever it returns instead is not sent.
 */
public final class InputRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputRequiredException(String what) {
        // No stack trace: this is how a stateless call pauses, not a failure, and it may be thrown often.
        super("The client has not answered " + what + " yet: the call ends here and runs again with the answer",
                null, false, false);
    }
}
