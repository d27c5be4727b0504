package io.github.quarkmcp.runtime.invocation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import io.github.quarkmcp.McpContext;

/**
 * Makes the context of the running tool call injectable: {@code @Inject McpContext ctx} in any bean used during
 * the call. Each call runs in its own request context, which lives until the call's result is complete, so the
 * injected context is the right one on any thread the call's pipeline continues on.
 */
@RequestScoped
public class CurrentMcpContext {

    private McpContext context;

    void set(McpContext context) {
        this.context = context;
    }

    @Produces
    @RequestScoped
    McpContext mcpContext() {
        if (context == null) {
            throw new IllegalStateException("McpContext is only available during a tool call");
        }
        return context;
    }
}
