package io.github.quarkmcp;

import java.util.Objects;

/** Text for the model to read. */
public record TextContent(String text) implements Content {

    public TextContent {
        Objects.requireNonNull(text, "text");
    }
}
