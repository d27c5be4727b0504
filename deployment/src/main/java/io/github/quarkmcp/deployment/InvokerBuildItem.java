package io.github.quarkmcp.deployment;

import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * The ArC invoker generated for a served method (a tool, by its name; a resource, prompt or completion, by its
 * method): calls the bean method directly, with no reflection.
 */
public final class InvokerBuildItem extends MultiBuildItem {

    private final String key;
    private final InvokerInfo invoker;

    public InvokerBuildItem(String key, InvokerInfo invoker) {
        this.key = key;
        this.invoker = invoker;
    }

    public String key() {
        return key;
    }

    public InvokerInfo invoker() {
        return invoker;
    }
}
