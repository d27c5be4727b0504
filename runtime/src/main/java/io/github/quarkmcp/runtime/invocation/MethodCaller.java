package io.github.quarkmcp.runtime.invocation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

/**
 * Calls a {@link ServedMethod} where its {@link ExecutionModel} says, in a request context of its own that lives
 * until its result, and awaits a {@code Uni} or {@code CompletionStage} result without blocking. What the value means
 * is the caller's to say (a tool result, resource contents, prompt messages): this class only runs the method.
 */
public final class MethodCaller {

    private final Supplier<Executor> workerPool;
    private final Supplier<? extends Executor> virtualThreads;
    // Resolved once: the request context and a client proxy of the current call's context holder.
    private final ManagedContext requestContext = Arc.container().requestContext();
    private final CurrentMcpContext currentContext = Arc.container().instance(CurrentMcpContext.class).get();

    /**
     * @param workers the worker pool, for blocking methods
     * @param virtualThreads the virtual-thread executor, asked for only when a virtual-thread method is called
     */
    public MethodCaller(Executor workers, Supplier<? extends Executor> virtualThreads) {
        this.workerPool = () -> workers;
        this.virtualThreads = virtualThreads;
    }

    /**
     * The value the method returns (awaited if asynchronous); fails with {@link InvalidArgumentsException} when the
     * arguments do not fit, and with whatever the method throws.
     */
    public CompletionStage<Object> call(ServedMethod method, ObjectNode arguments, McpContext context) {
        // One future, completed by the task that runs the method (or by the stage the method returned): on a worker,
        // decoding, the call and the value are one task, with no chain of stages between the pool and the caller.
        CompletableFuture<Object> result = new CompletableFuture<>();
        Supplier<? extends Executor> pool;
        switch (method.executionModel()) {
            case EVENT_LOOP:
                pool = null;
                break;
            case VIRTUAL_THREAD:
                pool = virtualThreads;
                break;
            default:
                pool = workerPool;
        }
        boolean contextOfItsOwn = context instanceof DispatchedCall dispatched && dispatched.hasContextOfItsOwn();
        run(pool, contextOfItsOwn, () -> callHere(method, arguments, context, result), result);
        return result;
    }

    /** Runs {@code work} on a worker thread: code given at run time (a lambda) may block, and must not on an event loop. */
    public <T> CompletionStage<T> onWorker(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        run(workerPool, false, () -> result.complete(work.get()), result);
        return result;
    }

    /**
     * Runs {@code task} on {@code pool} (here when {@code null}) on a Vert.x context of its own (the current one if
     * {@code contextOfItsOwn}, see {@link DispatchedCall}); whatever fails it, including a pool that is missing or
     * refuses it, fails {@code result}: the request must still be answered.
     */
    private static void run(Supplier<? extends Executor> pool, boolean contextOfItsOwn, Runnable task,
            CompletableFuture<?> result) {
        Context callContext = callContext(contextOfItsOwn);
        Runnable guarded = () -> on(callContext, () -> {
            try {
                task.run();
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        if (pool == null) {
            guarded.run();
            return;
        }
        try {
            pool.get().execute(guarded);
        } catch (RuntimeException e) { // e.g. the worker pool refused the task
            result.completeExceptionally(e);
        }
    }

    /**
     * The Vert.x context user code runs on, on whichever thread: a duplicated context of its own, nested in the one the
     * request came on (an HTTP request's, a socket's). What that context holds (context locals, the MDC, a trace) is
     * copied into it, so it follows the code; what the code puts there stays with this call. Without it, the calls of
     * one WebSocket (or of one batch) would share the socket's (the request's) context, and one call's locals would
     * be the next one's. A duplicated context that is the call's own already (an HTTP exchange of one request) serves
     * as it is: nesting one in it would only copy its locals. {@code null} off Vert.x.
     */
    private static Context callContext(boolean contextOfItsOwn) {
        Context current = Vertx.currentContext();
        if (current == null) {
            return null;
        }
        return contextOfItsOwn && VertxContext.isDuplicatedContext(current) ? current
                : VertxContext.newNestedContext(current);
    }

    /** Runs {@code work} on this thread, with {@code context} as its current Vert.x context. */
    private static void on(Context context, Runnable work) {
        if (context == null) {
            work.run();
            return;
        }
        ContextInternal dispatched = (ContextInternal) context;
        ContextInternal previous = dispatched.beginDispatch();
        try {
            work.run();
        } finally {
            dispatched.endDispatch(previous);
        }
    }

    /** What went wrong, without the {@link CompletionException} that a composed stage wraps it in. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Calls the method here and completes {@code result} with its value (awaited if asynchronous) or failure. */
    private void callHere(ServedMethod method, ObjectNode arguments, McpContext context,
            CompletableFuture<Object> result) {
        Object[] values;
        try {
            values = method.arguments().decode(arguments, context);
        } catch (InvalidArgumentsException e) {
            result.completeExceptionally(e);
            return;
        }
        // Every call gets a request context of its own, even where one is active already: on a connection's event
        // loop a context left active (by an earlier call's continuation) would otherwise serve this call, whose
        // injected McpContext would then be that earlier call's. Whatever was active is put back afterwards.
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        InstanceHandle<Object> instance = null;
        Object returned = null;
        CompletionStage<Object> awaited = null; // what an asynchronous method's value is awaited on
        Throwable failed = null;
        // A method on a thread of its own (a worker, a virtual thread) may block it: that thread is interrupted if the
        // call reaches its time limit while the method still runs on it. An event loop never is, and a call without
        // a limit has nothing to register.
        BlockedThread blocked = method.executionModel() != ExecutionModel.EVENT_LOOP
                && context instanceof TimeLimitedCall limited && limited.hasTimeLimit() ? new BlockedThread(limited)
                        : null;
        try {
            // Looked up here rather than by the invoker, so that the CompletionStage the method returns is the one
            // we hold (and can cancel), not a wrapper. A bean that fails to be created fails this call, not the
            // session.
            instance = method.instance();
            currentContext.set(context);
            returned = method.invoker().invoke(instance.get(), values);
            if (method.asynchrony() != Asynchrony.NONE) {
                awaited = awaitable(method, returned, context); // subscribed here: a Uni may start at once
            }
        } catch (Throwable failure) {
            failed = failure;
        } finally {
            if (blocked != null) {
                blocked.release();
            }
            if (outer != null) {
                requestContext.activate(outer);
            } else {
                requestContext.deactivate(); // never left active on this thread, whatever happened above
            }
        }
        // The call's request context (its request-scoped beans, its injected McpContext) and a @Dependent
        // instance live until its result, and end before the result is handed on.
        InstanceHandle<Object> used = instance;
        Runnable end = () -> {
            if (used != null && method.isDependent()) {
                used.close();
            }
            requestContext.destroy(state);
        };
        if (awaited != null) {
            awaited.whenComplete((value, failure) -> {
                end.run();
                complete(result, value, failure);
            });
            return;
        }
        end.run();
        complete(result, returned, failed);
    }

    private static void complete(CompletableFuture<Object> result, Object value, Throwable failure) {
        if (failure == null) {
            result.complete(value);
        } else {
            result.completeExceptionally(cause(failure));
        }
    }

    @SuppressWarnings("unchecked")
    private static CompletionStage<Object> awaitable(ServedMethod method, Object returned, McpContext context) {
        switch (method.asynchrony()) {
            case UNI:
                if (returned == null) {
                    throw new IllegalStateException("The method returned a null Uni");
                }
                // Cancelling the future cancels the subscription, which stops the Uni's pipeline.
                CompletableFuture<Object> subscription = ((Uni<Object>) returned).subscribeAsCompletionStage();
                context.onCancel(() -> subscription.cancel(false));
                return subscription;
            case COMPLETION_STAGE:
                if (returned == null) {
                    throw new IllegalStateException("The method returned a null CompletionStage");
                }
                CompletionStage<Object> stage = (CompletionStage<Object>) returned;
                context.onCancel(() -> stage.toCompletableFuture()
                        .completeExceptionally(new CancellationException("The client cancelled this request")));
                return stage;
            default:
                throw new IllegalArgumentException("Not asynchronous: " + method.asynchrony());
        }
    }

    /**
     * The thread a blocking method runs on, for the length of the method only: interrupted at the call's time limit
     * while the method is still on it; an interrupt that was meant for the call is not left on the thread afterwards
     * (the pool will give it to another task).
     */
    private static final class BlockedThread {

        private Thread thread = Thread.currentThread();
        private boolean interrupted;

        BlockedThread(TimeLimitedCall call) {
            call.onTimeLimit(this::interrupt);
        }

        private synchronized void interrupt() {
            if (thread != null) {
                interrupted = true;
                thread.interrupt();
            }
        }

        synchronized void release() {
            thread = null;
            if (interrupted) {
                Thread.interrupted();
            }
        }
    }
}
