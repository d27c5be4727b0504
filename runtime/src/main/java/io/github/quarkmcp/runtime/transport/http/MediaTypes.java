package io.github.quarkmcp.runtime.transport.http;

import java.util.Locale;

/** {@code Accept} and {@code Content-Type} matching, with media ranges and parameters. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** Whether an Accept header lets the client receive {@code type} ({@code type/subtype}). */
    static boolean accepts(String acceptHeader, String type) {
        if (acceptHeader == null) {
            return false;
        }
        String major = type.substring(0, type.indexOf('/'));
        for (String range : acceptHeader.split(",")) {
            String candidate = mediaType(range);
            if (candidate.equals(type) || candidate.equals("*/*") || candidate.equals(major + "/*")) {
                return true;
            }
        }
        return false;
    }

    static boolean is(String contentType, String type) {
        return contentType != null && mediaType(contentType).equals(type);
    }

    private static String mediaType(String value) {
        int parameters = value.indexOf(';');
        return (parameters < 0 ? value : value.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
