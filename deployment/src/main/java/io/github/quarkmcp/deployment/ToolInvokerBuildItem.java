package io.github.quarkmcp.deployment;

import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** The ArC invoker generated for a tool: calls the bean method directly, with no reflection. */
public final class ToolInvokerBuildItem extends MultiBuildItem {

    private final String toolName;
    private final InvokerInfo invoker;

    public ToolInvokerBuildItem(String toolName, InvokerInfo invoker) {
        this.toolName = toolName;
        this.invoker = invoker;
    }

    public String toolName() {
        return toolName;
    }

    public InvokerInfo invoker() {
        return invoker;
    }
}
