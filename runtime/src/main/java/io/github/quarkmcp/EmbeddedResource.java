package io.github.quarkmcp;

import java.util.Base64;
import java.util.Objects;

/**
 * A resource's contents, embedded in the result: either {@code text} or {@code blob} (base64) is set.
 *
 * @param uri the resource's URI
 * @param mimeType its media type, or {@code null}
 * @param text its contents as text, or {@code null}
 * @param blob its contents as base64, or {@code null}
 */
public record EmbeddedResource(String uri, String mimeType, String text, String blob) implements Content {

    public EmbeddedResource {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("An embedded resource has either text or blob contents");
        }
    }

    public static EmbeddedResource text(String uri, String mimeType, String text) {
        return new EmbeddedResource(uri, mimeType, text, null);
    }

    public static EmbeddedResource blob(String uri, String mimeType, byte[] bytes) {
        return new EmbeddedResource(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }
}
