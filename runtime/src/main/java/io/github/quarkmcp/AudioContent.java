package io.github.quarkmcp;

import java.util.Base64;
import java.util.Objects;

/**
 * Audio.
 *
 * @param data the audio bytes, base64-encoded
 * @param mimeType e.g. {@code audio/wav}
 */
public record AudioContent(String data, String mimeType) implements Content {

    public AudioContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** Audio from its raw bytes. */
    public static AudioContent of(byte[] bytes, String mimeType) {
        return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
}
