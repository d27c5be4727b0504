package io.github.quarkmcp.runtime.tools;

/** How a tool's return value (or the item of its {@code Uni}/{@code CompletionStage}) becomes a result. */
public enum ResultKind {
    /** {@code String}: one text item. */
    TEXT,
    /** A record, POJO or map: {@code structuredContent} plus the same JSON as text. */
    STRUCTURED,
    /** Any other value (number, boolean, enum, collection, array): its JSON as text. */
    JSON_TEXT,
    /** {@code void}/{@code Void}: an empty result. */
    VOID,
    /** {@code ToolResult}: its content and error flag as they are. */
    TOOL_RESULT,
    /** One {@code Content} item. */
    CONTENT,
    /** A {@code List} of {@code Content} items. */
    CONTENT_LIST
}
