package io.github.quarkmcp.deployment;

import java.util.Map;
import java.util.SortedSet;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * The classes the application passes as class literals to {@code McpContext.elicit} or {@code elicitAsync}: its
 * elicitation forms, not yet checked.
 */
public final class FormCallSitesBuildItem extends SimpleBuildItem {

    private final Map<String, SortedSet<String>> callSitesByForm;

    /** @param callSitesByForm each class's binary name, sorted, with the methods that ask it, sorted */
    public FormCallSitesBuildItem(Map<String, SortedSet<String>> callSitesByForm) {
        this.callSitesByForm = callSitesByForm;
    }

    public Map<String, SortedSet<String>> callSitesByForm() {
        return callSitesByForm;
    }
}
