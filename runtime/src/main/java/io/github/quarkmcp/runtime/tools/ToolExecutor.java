package io.github.quarkmcp.runtime.tools;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.InputRequiredException;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ToolCallException;
import io.github.quarkmcp.runtime.invocation.InvalidArgumentsException;
import io.github.quarkmcp.runtime.invocation.MethodCaller;

/**
 * Runs a tool call (through the {@link MethodCaller}) and writes its result. A tool that throws gives a result with
 * {@code isError: true}, never a protocol error: the model can read what went wrong and the session goes on.
 */
public final class ToolExecutor {

    private static final Logger LOG = Logger.getLogger(ToolExecutor.class);

    private final ToolResultEncoder encoder;
    private final MethodCaller caller;

    public ToolExecutor(ToolResultEncoder encoder, MethodCaller caller) {
        this.encoder = encoder;
        this.caller = caller;
    }

    /**
     * The {@code CallToolResult} JSON of calling {@code tool}. Arguments that do not fit give a result with
     * {@code isError: true} where {@code invalidArgumentsAreToolErrors} (as protocol versions since 2025-11-25 ask),
     * else fail the stage with {@link InvalidArgumentsException}, for the caller to report as a protocol error.
     */
    public CompletionStage<String> call(RegisteredTool tool, ObjectNode arguments, McpContext context,
            boolean invalidArgumentsAreToolErrors) {
        return caller.call(tool.method(), arguments, context).handle((result, failure) -> {
            if (failure == null) {
                return encode(tool, result);
            }
            Throwable cause = MethodCaller.cause(failure);
            if (cause instanceof InvalidArgumentsException) {
                if (invalidArgumentsAreToolErrors) {
                    return encoder.error(cause.getMessage());
                }
                throw new CompletionException(cause);
            }
            if (context.isCancelled()) { // no response is sent: nothing to write, nothing to warn about
                LOG.debugf("Tool %s stopped after its call was cancelled: %s", tool.name(), cause);
                return null;
            }
            if (cause instanceof InputRequiredException) { // the call is answered with its question instead
                LOG.debugf("Tool %s asked its client: %s", tool.name(), cause.getMessage());
                return null;
            }
            return failureResult(tool, cause);
        });
    }

    /** A result with {@code isError: true}, for problems the model can correct. */
    public String errorResult(String message) {
        return encoder.error(message);
    }

    private String encode(RegisteredTool tool, Object value) {
        try {
            return encoder.encode(tool.metadata().getResultKind(), value);
        } catch (JsonProcessingException e) {
            LOG.warnf(e, "Tool %s (%s) returned a value that cannot be written as JSON", tool.name(),
                    tool.method().description());
            return encoder.error("The tool's result could not be written as JSON: " + e.getOriginalMessage());
        }
    }

    private String failureResult(RegisteredTool tool, Throwable failure) {
        if (failure instanceof ToolCallException) {
            LOG.debugf("Tool %s ended with an error: %s", tool.name(), failure.getMessage());
            return encoder.error(failure.getMessage());
        }
        LOG.warnf(failure, "Tool %s (%s) failed", tool.name(), tool.method().description());
        String message = failure.getMessage();
        return encoder.error(message != null ? message : failure.getClass().getSimpleName());
    }
}
