package io.github.quarkmcp.deployment.features;

import java.util.List;

import io.github.quarkmcp.runtime.prompts.MessagesKind;

/** A validated {@code @Prompt} method. */
public record PromptModel(String name, String title, String description, List<Argument> arguments,
        MessagesKind messagesKind, ServedMethodModel method) {

    /** One argument of a prompt, as {@code prompts/list} describes it. */
    public record Argument(String name, String description, boolean required) {
    }
}
