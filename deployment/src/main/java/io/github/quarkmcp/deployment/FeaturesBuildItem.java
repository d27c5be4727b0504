package io.github.quarkmcp.deployment;

import java.util.List;

import io.github.quarkmcp.deployment.features.CompletionModel;
import io.github.quarkmcp.deployment.features.PromptModel;
import io.github.quarkmcp.deployment.features.ResourceModel;
import io.quarkus.builder.item.SimpleBuildItem;

/** The resources, templates, prompts and completions that passed validation, sorted: what later steps describe. */
public final class FeaturesBuildItem extends SimpleBuildItem {

    private final List<ResourceModel> resources;
    private final List<PromptModel> prompts;
    private final List<CompletionModel> completions;

    public FeaturesBuildItem(List<ResourceModel> resources, List<PromptModel> prompts, List<CompletionModel> completions) {
        this.resources = resources;
        this.prompts = prompts;
        this.completions = completions;
    }

    public List<ResourceModel> resources() {
        return resources;
    }

    public List<PromptModel> prompts() {
        return prompts;
    }

    public List<CompletionModel> completions() {
        return completions;
    }
}
