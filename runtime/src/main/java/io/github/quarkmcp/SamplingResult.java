package io.github.quarkmcp;

/**
 * What the client's model answered to {@link McpContext#sample(SamplingRequest)}.
 *
 * @param role who speaks in {@code content}: the assistant, normally
 * @param content the generated text, image or audio
 * @param model the name of the model that answered
 * @param stopReason why the generation stopped ({@code endTurn}, {@code stopSequence}, {@code maxTokens}, ...), or
 *        {@code null}
 */
public record SamplingResult(PromptMessage.Role role, Content content, String model, String stopReason) {

    /** The generated text, or {@code null} if the model answered with something else. */
    public String text() {
        return content instanceof TextContent ? ((TextContent) content).text() : null;
    }
}
