package io.github.quarkmcp.runtime.invocation;

/**
 * A call that knows how its transport dispatched it. The {@link MethodCaller} runs user code on a Vert.x context of
 * the call's own: a nested one, so that calls that came on one context (the messages of a WebSocket, the requests of
 * a batch) do not share its locals; or, where the context the call was dispatched on already serves it alone (the
 * duplicated context of an HTTP exchange that carries one request), that context itself, which costs nothing to make.
 */
public interface DispatchedCall {

    /** Whether the Vert.x context current when the call was dispatched serves this call and nothing else. */
    boolean hasContextOfItsOwn();
}
