package io.github.quarkmcp.runtime.invocation;

/**
 * The arguments of a call do not fit the tool: a required one is missing or one has the wrong shape. The message
 * names the argument, because the model reads it to correct its call.
 */
public final class InvalidArgumentsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidArgumentsException(String message) {
        super(message, null, false, false);
    }
}
