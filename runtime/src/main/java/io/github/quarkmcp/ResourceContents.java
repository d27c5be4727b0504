package io.github.quarkmcp;

import java.util.Base64;
import java.util.Objects;

/**
 * The contents of a resource as {@code resources/read} returns them: either {@code text} or {@code blob} (base64).
 *
 * @param uri the resource's URI
 * @param mimeType its media type, or {@code null}
 * @param text its contents as text, or {@code null}
 * @param blob its contents as base64, or {@code null}
 */
public record ResourceContents(String uri, String mimeType, String text, String blob) {

    public ResourceContents {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("Resource contents are either text or blob");
        }
    }

    public static ResourceContents text(String uri, String mimeType, String text) {
        return new ResourceContents(uri, mimeType, text, null);
    }

    public static ResourceContents blob(String uri, String mimeType, byte[] bytes) {
        return new ResourceContents(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }
}
