package io.github.quarkmcp.deployment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.jboss.jandex.DotName;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.quarkmcp.AudioContent;
import io.github.quarkmcp.Content;
import io.github.quarkmcp.EmbeddedResource;
import io.github.quarkmcp.FormField;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.Complete;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.McpResources;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptArg;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.ResourceTemplate;
import io.github.quarkmcp.ResourceLink;
import io.github.quarkmcp.TextContent;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.ToolResult;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

/** The names the build looks for in the index. */
public final class McpDotNames {

    public static final DotName TOOL = DotName.createSimple(Tool.class);
    public static final DotName TOOL_ARG = DotName.createSimple(ToolArg.class);
    public static final DotName FORM_FIELD = DotName.createSimple(FormField.class);
    /** On an enum constant, the name Jackson reads and writes it by. */
    public static final DotName JSON_PROPERTY = DotName.createSimple(JsonProperty.class);
    public static final DotName RESOURCE = DotName.createSimple(io.github.quarkmcp.Resource.class);
    public static final DotName RESOURCE_TEMPLATE = DotName.createSimple(ResourceTemplate.class);
    public static final DotName RESOURCE_TEMPLATE_VARIABLE = DotName.createSimple(ResourceTemplate.Variable.class);
    public static final DotName PROMPT = DotName.createSimple(Prompt.class);
    public static final DotName PROMPT_ARG = DotName.createSimple(PromptArg.class);
    public static final DotName COMPLETE = DotName.createSimple(Complete.class);
    public static final DotName RESOURCE_CONTENTS = DotName.createSimple(ResourceContents.class);
    public static final DotName PROMPT_MESSAGE = DotName.createSimple(PromptMessage.class);
    public static final DotName MCP_RESOURCES = DotName.createSimple(McpResources.class);
    /** The annotations that make a method something the server serves (and its class a bean). */
    public static final List<DotName> SERVED = List.of(TOOL, RESOURCE, RESOURCE_TEMPLATE, PROMPT, COMPLETE);
    public static final DotName MCP_CONTEXT = DotName.createSimple(McpContext.class);
    public static final DotName TOOL_RESULT = DotName.createSimple(ToolResult.class);
    public static final Set<DotName> CONTENT_TYPES = Set.of(DotName.createSimple(Content.class),
            DotName.createSimple(TextContent.class), DotName.createSimple(ImageContent.class),
            DotName.createSimple(AudioContent.class), DotName.createSimple(EmbeddedResource.class),
            DotName.createSimple(ResourceLink.class));
    public static final DotName UNI = DotName.createSimple(Uni.class);
    public static final DotName COMPLETION_STAGE = DotName.createSimple(CompletionStage.class);
    public static final DotName COMPLETABLE_FUTURE = DotName.createSimple(CompletableFuture.class);
    public static final DotName BLOCKING = DotName.createSimple(Blocking.class);
    public static final DotName NON_BLOCKING = DotName.createSimple(NonBlocking.class);
    public static final DotName RUN_ON_VIRTUAL_THREAD = DotName.createSimple(RunOnVirtualThread.class);

    private McpDotNames() {
    }
}
