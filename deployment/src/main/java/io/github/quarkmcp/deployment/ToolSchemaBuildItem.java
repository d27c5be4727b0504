package io.github.quarkmcp.deployment;

import io.quarkus.builder.item.MultiBuildItem;

/** A tool's entry in {@code tools/list}, JSON Schemas included, computed once by the build. */
public final class ToolSchemaBuildItem extends MultiBuildItem {

    private final String toolName;
    private final String listingJson;

    public ToolSchemaBuildItem(String toolName, String listingJson) {
        this.toolName = toolName;
        this.listingJson = listingJson;
    }

    public String toolName() {
        return toolName;
    }

    public String listingJson() {
        return listingJson;
    }
}
