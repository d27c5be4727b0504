package io.github.quarkmcp.it.conformance;

import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.quarkmcp.Complete;
import io.github.quarkmcp.EmbeddedResource;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptArg;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.Resource;
import io.github.quarkmcp.ResourceTemplate;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The resources, resource template, prompts and completion that the official MCP conformance suite reads on a
 * server under test, written with the public API the way a user would. Only in the {@code conformance} build
 * profile.
 */
@ApplicationScoped
@IfBuildProfile("conformance")
public class ConformanceResourcesAndPrompts {

    @Resource(uri = "test://static-text", name = "static-text", title = "Static Text Resource",
            description = "A static text resource for testing", mimeType = "text/plain")
    public String staticText() {
        return "This is the content of the static text resource.";
    }

    @Resource(uri = "test://static-binary", name = "static-binary", title = "Static Binary Resource",
            description = "A static binary resource (image) for testing", mimeType = "image/png")
    public byte[] staticBinary() {
        return Base64.getDecoder().decode(ConformanceTools.RED_PIXEL_PNG);
    }

    @Resource(uri = "test://watched-resource", name = "watched-resource", description = "A resource to subscribe to",
            mimeType = "text/plain")
    public String watched() {
        return "Watched resource content.";
    }

    @ResourceTemplate(uriTemplate = "test://template/{id}/data", name = "template", title = "Resource Template",
            description = "A resource template with an id", mimeType = "application/json")
    public String templateData(String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }

    @Prompt(name = "test_simple_prompt", title = "Simple Prompt", description = "A simple prompt without arguments")
    public PromptMessage simplePrompt() {
        return PromptMessage.user("This is a simple prompt for testing.");
    }

    @Prompt(name = "test_prompt_with_arguments", description = "A prompt with required arguments")
    public String promptWithArguments(@PromptArg(description = "First test argument") String arg1,
            @PromptArg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @Prompt(name = "test_prompt_with_embedded_resource", description = "A prompt that embeds a resource")
    public List<PromptMessage> promptWithEmbeddedResource(
            @PromptArg(description = "URI of the resource to embed") String resourceUri) {
        return List.of(PromptMessage.user(EmbeddedResource.text(resourceUri, "text/plain",
                "Embedded resource content for testing.")),
                PromptMessage.user("Please process the embedded resource above."));
    }

    @Prompt(name = "test_prompt_with_image", description = "A prompt with an image")
    public List<PromptMessage> promptWithImage() {
        return List.of(PromptMessage.user(new ImageContent(ConformanceTools.RED_PIXEL_PNG, "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }

    @Complete(prompt = "test_prompt_with_arguments", argument = "arg1")
    public List<String> completeArg1(String prefix) {
        return List.of("paris", "park", "party").stream().filter(value -> value.startsWith(prefix)).toList();
    }
}
