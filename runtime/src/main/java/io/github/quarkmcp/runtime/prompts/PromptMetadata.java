package io.github.quarkmcp.runtime.prompts;

import io.github.quarkmcp.runtime.invocation.MethodMetadata;
import io.quarkus.runtime.annotations.RecordableConstructor;

/** A {@code @Prompt} method as the build described it. */
public final class PromptMetadata {

    private final String name;
    private final String description;
    private final String listingJson;
    private final MessagesKind messagesKind;
    private final MethodMetadata method;

    /**
     * @param description the prompt's description, or {@code null}, repeated in the {@code prompts/get} result
     * @param listingJson the prompt as {@code prompts/list} shows it
     * @param method how to call the method; its arguments are its parameters' names
     */
    @RecordableConstructor
    public PromptMetadata(String name, String description, String listingJson, MessagesKind messagesKind,
            MethodMetadata method) {
        this.name = name;
        this.description = description;
        this.listingJson = listingJson;
        this.messagesKind = messagesKind;
        this.method = method;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getListingJson() {
        return listingJson;
    }

    public MessagesKind getMessagesKind() {
        return messagesKind;
    }

    public MethodMetadata getMethod() {
        return method;
    }
}
