package io.github.quarkmcp;

/**
 * Thrown by a tool to end the call with a result that has {@code isError: true} and this exception's message
 * as text. The model sees the message, so it should say what went wrong and, if possible, how to do better.
 */
public class ToolCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolCallException(String message) {
        super(message);
    }

    public ToolCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
