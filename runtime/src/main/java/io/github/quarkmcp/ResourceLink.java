package io.github.quarkmcp;

import java.util.Objects;

/**
 * A link to a resource the client can fetch.
 *
 * @param uri the resource's URI
 * @param name its name
 * @param description what it is, or {@code null}
 * @param mimeType its media type, or {@code null}
 */
public record ResourceLink(String uri, String name, String description, String mimeType) implements Content {

    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
