package io.github.quarkmcp;

import java.util.Base64;
import java.util.Objects;

/**
 * An image.
 *
 * @param data the image bytes, base64-encoded
 * @param mimeType e.g. {@code image/png}
 */
public record ImageContent(String data, String mimeType) implements Content {

    public ImageContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** An image from its raw bytes. */
    public static ImageContent of(byte[] bytes, String mimeType) {
        return new ImageContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
}
