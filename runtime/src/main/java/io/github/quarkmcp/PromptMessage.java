package io.github.quarkmcp;

import java.util.Objects;

/**
 * One message of a prompt: who says it and what ({@link TextContent}, {@link ImageContent}, {@link AudioContent} or
 * {@link EmbeddedResource}).
 */
public record PromptMessage(Role role, Content content) {

    /** Who a message is from. */
    public enum Role {
        USER,
        ASSISTANT
    }

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, new TextContent(text));
    }

    public static PromptMessage user(Content content) {
        return new PromptMessage(Role.USER, content);
    }

    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, new TextContent(text));
    }

    public static PromptMessage assistant(Content content) {
        return new PromptMessage(Role.ASSISTANT, content);
    }
}
