package io.github.quarkmcp.runtime.tools;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ToolCallException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.Dependent;
import io.smallrye.mutiny.Uni;

/**
 * Runs a tool call where its {@link ExecutionModel} says, awaits its result without blocking, and writes the
 * result. A tool that throws gives a result with {@code isError: true}, never a protocol error: the model can
 * read what went wrong and the session goes on.
 */
public final class ToolExecutor {

    private static final Logger LOG = Logger.getLogger(ToolExecutor.class);

    private final ToolResultEncoder encoder;
    private final Executor workers;
    private final Supplier<? extends Executor> virtualThreads;
    // Resolved once: the request context and a client proxy of the current call's context holder.
    private final ManagedContext requestContext = Arc.container().requestContext();
    private final CurrentMcpContext currentContext = Arc.container().instance(CurrentMcpContext.class).get();

    /**
     * @param workers the worker pool, for blocking tools
     * @param virtualThreads the virtual-thread executor, asked for only when a virtual-thread tool is called
     */
    public ToolExecutor(ToolResultEncoder encoder, Executor workers, Supplier<? extends Executor> virtualThreads) {
        this.encoder = encoder;
        this.workers = workers;
        this.virtualThreads = virtualThreads;
    }

    /**
     * The {@code CallToolResult} JSON of calling {@code tool}; fails with {@link InvalidArgumentsException} when
     * the arguments do not fit, which the caller reports as the negotiated protocol version requires.
     */
    public CompletionStage<String> call(RegisteredTool tool, ObjectNode arguments, McpContext context) {
        try {
            switch (tool.metadata().getExecutionModel()) {
                case EVENT_LOOP:
                    return callHere(tool, arguments, context);
                case VIRTUAL_THREAD:
                    return CompletableFuture.supplyAsync(() -> callHere(tool, arguments, context), virtualThreads.get())
                            .thenCompose(result -> result);
                default:
                    return CompletableFuture.supplyAsync(() -> callHere(tool, arguments, context), workers)
                            .thenCompose(result -> result);
            }
        } catch (RuntimeException e) { // e.g. the worker pool refused the task: the call must still be answered
            return CompletableFuture.failedFuture(e);
        }
    }

    /** What went wrong, without the {@link CompletionException} that a composed stage wraps it in. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** A result with {@code isError: true}, for problems the model can correct. */
    public String errorResult(String message) {
        return encoder.error(message);
    }

    private CompletionStage<String> callHere(RegisteredTool tool, ObjectNode arguments, McpContext context) {
        Object[] values;
        try {
            values = tool.arguments().decode(arguments, context);
        } catch (InvalidArgumentsException e) {
            return CompletableFuture.failedFuture(e);
        }
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        InjectableContext.ContextState state = requestContext.getState();
        InstanceHandle<Object> instance = null;
        CompletionStage<Object> value;
        try {
            // Looked up here rather than by the invoker, so that the CompletionStage the tool returns is the one we
            // hold (and can cancel), not a wrapper. A bean that fails to be created fails this call, not the session.
            instance = Arc.container().instance(tool.bean());
            currentContext.set(context);
            value = awaitable(tool, tool.invoker().invoke(instance.get(), values), context);
        } catch (Throwable failure) {
            value = CompletableFuture.failedFuture(failure);
        } finally {
            if (ownContext) {
                requestContext.deactivate(); // never left active on this thread, whatever happened above
            }
        }
        // The call's request context (its request-scoped beans, its injected McpContext) and a @Dependent tool
        // instance live until its result.
        InstanceHandle<Object> used = instance;
        value = value.whenComplete((result, failure) -> {
            if (used != null && tool.bean().getScope() == Dependent.class) {
                used.close();
            }
            if (ownContext) {
                requestContext.destroy(state);
            }
        });
        return value.handle((result, failure) -> {
            if (failure == null) {
                return encode(tool, result);
            }
            Throwable cause = cause(failure);
            if (context.isCancelled()) { // no response is sent: nothing to write, nothing to warn about
                LOG.debugf("Tool %s stopped after its call was cancelled: %s", tool.name(), cause);
                return null;
            }
            return failureResult(tool, cause);
        });
    }

    @SuppressWarnings("unchecked")
    private static CompletionStage<Object> awaitable(RegisteredTool tool, Object returned, McpContext context) {
        switch (tool.metadata().getAsynchrony()) {
            case UNI:
                if (returned == null) {
                    throw new IllegalStateException("The tool returned a null Uni");
                }
                // Cancelling the future cancels the subscription, which stops the Uni's pipeline.
                CompletableFuture<Object> subscription = ((Uni<Object>) returned).subscribeAsCompletionStage();
                context.onCancel(() -> subscription.cancel(false));
                return subscription;
            case COMPLETION_STAGE:
                if (returned == null) {
                    throw new IllegalStateException("The tool returned a null CompletionStage");
                }
                CompletionStage<Object> stage = (CompletionStage<Object>) returned;
                context.onCancel(() -> stage.toCompletableFuture()
                        .completeExceptionally(new CancellationException("The client cancelled this request")));
                return stage;
            default:
                return CompletableFuture.completedFuture(returned);
        }
    }

    private String encode(RegisteredTool tool, Object value) {
        try {
            return encoder.encode(tool.metadata().getResultKind(), value);
        } catch (JsonProcessingException e) {
            LOG.warnf(e, "Tool %s (%s) returned a value that cannot be written as JSON", tool.name(),
                    tool.metadata().getMethod());
            return encoder.error("The tool's result could not be written as JSON: " + e.getOriginalMessage());
        }
    }

    private String failureResult(RegisteredTool tool, Throwable failure) {
        if (failure instanceof ToolCallException) {
            LOG.debugf("Tool %s ended with an error: %s", tool.name(), failure.getMessage());
            return encoder.error(failure.getMessage());
        }
        LOG.warnf(failure, "Tool %s (%s) failed", tool.name(), tool.metadata().getMethod());
        String message = failure.getMessage();
        return encoder.error(message != null ? message : failure.getClass().getSimpleName());
    }
}
