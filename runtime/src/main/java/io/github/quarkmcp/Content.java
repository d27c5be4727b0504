package io.github.quarkmcp;

/**
 * One item of a tool result's {@code content}: {@link TextContent}, {@link ImageContent}, {@link AudioContent},
 * {@link EmbeddedResource} or {@link ResourceLink}. A tool may return one item, a {@code List} of them, or a
 * {@link ToolResult}.
 */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {
}
