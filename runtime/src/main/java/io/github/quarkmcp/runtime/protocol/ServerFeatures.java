package io.github.quarkmcp.runtime.protocol;

import io.github.quarkmcp.runtime.completions.CompletionRegistry;
import io.github.quarkmcp.runtime.prompts.PromptRegistry;
import io.github.quarkmcp.runtime.resources.ResourceReader;
import io.github.quarkmcp.runtime.resources.ResourceRegistry;
import io.github.quarkmcp.runtime.tools.ToolExecutor;
import io.github.quarkmcp.runtime.tools.ToolRegistry;

/** What the application serves, as the build produced it: tools, resources, prompts and completions. */
public record ServerFeatures(ToolRegistry tools, ToolExecutor toolExecutor, ResourceRegistry resources,
        ResourceReader resourceReader, PromptRegistry prompts, CompletionRegistry completions) {
}
