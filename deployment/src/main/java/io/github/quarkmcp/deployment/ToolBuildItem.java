package io.github.quarkmcp.deployment;

import io.github.quarkmcp.deployment.tools.ToolModel;
import io.quarkus.builder.item.MultiBuildItem;

/** A tool that passed validation: everything later steps need to generate and describe it. */
public final class ToolBuildItem extends MultiBuildItem {

    private final ToolModel tool;

    public ToolBuildItem(ToolModel tool) {
        this.tool = tool;
    }

    public ToolModel tool() {
        return tool;
    }
}
