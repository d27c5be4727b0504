package io.github.quarkmcp;

import java.util.List;
import java.util.Objects;

/**
 * A tool result spelled out: its content items and whether it reports an error.
 *
 * @param content the items, in order
 * @param isError whether the tool failed; the model reads the content to learn why
 */
public record ToolResult(List<Content> content, boolean isError) {

    public ToolResult {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }

    public static ToolResult success(Content... content) {
        return new ToolResult(List.of(content), false);
    }

    public static ToolResult error(String message) {
        return new ToolResult(List.of(new TextContent(message)), true);
    }
}
