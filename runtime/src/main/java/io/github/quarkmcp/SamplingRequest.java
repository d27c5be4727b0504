package io.github.quarkmcp;

import java.util.List;
import java.util.Objects;

/**
 * A request for the client's language model ({@link McpContext#sample(SamplingRequest)}): the conversation so far
 * and how to answer it. Immutable: every {@code with...} method returns a new request.
 *
 * <pre>{@code
 * SamplingResult summary = ctx.sample(SamplingRequest.of("Summarise: " + text)
 *         .withSystemPrompt("You write one-line summaries.")
 *         .withMaxTokens(100));
 * }</pre>
 *
 * @param messages the conversation, oldest first; text, image or audio content only
 * @param systemPrompt the system prompt, or {@code null}
 * @param maxTokens the most tokens the model may generate
 * @param temperature the sampling temperature, or {@code null} for the client's choice
 * @param stopSequences sequences that end the generation (may be empty)
 * @param modelPreferences which model the server would like, or {@code null}; the client decides
 */
public record SamplingRequest(List<PromptMessage> messages, String systemPrompt, int maxTokens, Double temperature,
        List<String> stopSequences, ModelPreferences modelPreferences) {

    /** The token budget of {@link #of}: the spec requires one, and a tool that does not care gets a generous one. */
    public static final int DEFAULT_MAX_TOKENS = 1000;

    /**
     * What the server would prefer in a model; every field is a hint the client may ignore.
     *
     * @param hints model names or families, in order of preference ({@code "claude-3-sonnet"}, {@code "gpt"})
     * @param costPriority how much cost matters, 0 to 1, or {@code null}
     * @param speedPriority how much speed matters, 0 to 1, or {@code null}
     * @param intelligencePriority how much capability matters, 0 to 1, or {@code null}
     */
    public record ModelPreferences(List<String> hints, Double costPriority, Double speedPriority,
            Double intelligencePriority) {

        public ModelPreferences {
            hints = hints == null ? List.of() : List.copyOf(hints);
            checkPriority("costPriority", costPriority);
            checkPriority("speedPriority", speedPriority);
            checkPriority("intelligencePriority", intelligencePriority);
        }

        /** Preferences that only name models, in order of preference. */
        public static ModelPreferences hints(String... names) {
            return new ModelPreferences(List.of(names), null, null, null);
        }

        private static void checkPriority(String name, Double value) {
            if (value != null && !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
            }
        }
    }

    public SamplingRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A sampling request needs at least one message");
        }
        for (PromptMessage message : messages) {
            if (!(message.content() instanceof TextContent || message.content() instanceof ImageContent
                    || message.content() instanceof AudioContent)) {
                throw new IllegalArgumentException("A sampling message holds text, image or audio content, not "
                        + message.content().getClass().getSimpleName());
            }
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
    }

    /** A request with one user message. */
    public static SamplingRequest of(String prompt) {
        return of(List.of(PromptMessage.user(prompt)));
    }

    /** A request with the given conversation. */
    public static SamplingRequest of(List<PromptMessage> messages) {
        return new SamplingRequest(messages, null, DEFAULT_MAX_TOKENS, null, List.of(), null);
    }

    public SamplingRequest withSystemPrompt(String systemPrompt) {
        return new SamplingRequest(messages, systemPrompt, maxTokens, temperature, stopSequences, modelPreferences);
    }

    public SamplingRequest withMaxTokens(int maxTokens) {
        return new SamplingRequest(messages, systemPrompt, maxTokens, temperature, stopSequences, modelPreferences);
    }

    public SamplingRequest withTemperature(double temperature) {
        return new SamplingRequest(messages, systemPrompt, maxTokens, temperature, stopSequences, modelPreferences);
    }

    public SamplingRequest withStopSequences(String... stopSequences) {
        return new SamplingRequest(messages, systemPrompt, maxTokens, temperature, List.of(stopSequences),
                modelPreferences);
    }

    public SamplingRequest withModelPreferences(ModelPreferences modelPreferences) {
        return new SamplingRequest(messages, systemPrompt, maxTokens, temperature, stopSequences, modelPreferences);
    }
}
