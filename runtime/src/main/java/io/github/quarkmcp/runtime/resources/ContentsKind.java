package io.github.quarkmcp.runtime.resources;

/** What a resource method returns, as the build saw it (unwrapped from {@code Uni}/{@code CompletionStage}). */
public enum ContentsKind {
    /** {@code String}: text contents of the read URI, with the declared media type. */
    TEXT,
    /** {@code byte[]}: binary contents (base64), with the declared media type. */
    BYTES,
    /** {@code ResourceContents}. */
    CONTENTS,
    /** {@code List<ResourceContents>}. */
    CONTENTS_LIST,
    /** A record, POJO or map: its JSON as text, with the declared media type ({@code application/json} if none). */
    JSON
}
