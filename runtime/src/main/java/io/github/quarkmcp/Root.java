package io.github.quarkmcp;

/**
 * One of the client's roots ({@link McpContext#roots()}): a directory or file the client considers relevant.
 *
 * @param uri a {@code file://} URI
 * @param name a name to show, or {@code null}
 */
public record Root(String uri, String name) {

    public Root {
        java.util.Objects.requireNonNull(uri, "uri");
    }
}
