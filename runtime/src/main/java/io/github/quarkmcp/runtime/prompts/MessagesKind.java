package io.github.quarkmcp.runtime.prompts;

/** What a prompt method returns, as the build saw it (unwrapped from {@code Uni}/{@code CompletionStage}). */
public enum MessagesKind {
    /** {@code String}: one user message with that text. */
    TEXT,
    /** {@code PromptMessage}. */
    MESSAGE,
    /** {@code List<PromptMessage>}. */
    MESSAGE_LIST
}
