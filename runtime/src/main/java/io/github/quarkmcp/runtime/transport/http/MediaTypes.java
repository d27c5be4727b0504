package io.github.quarkmcp.runtime.transport.http;

/**
 * {@code Accept} and {@code Content-Type} matching, with media ranges and parameters. Read in place, without
 * splitting or lower-casing the header: it is checked on every POST.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /** Whether an Accept header lets the client receive {@code type} ({@code type/subtype}, lower case). */
    static boolean accepts(String acceptHeader, String type) {
        if (acceptHeader == null) {
            return false;
        }
        int major = type.indexOf('/') + 1; // "type/", the part a "type/*" range names
        int start = 0;
        while (start <= acceptHeader.length()) {
            int end = acceptHeader.indexOf(',', start);
            if (end < 0) {
                end = acceptHeader.length();
            }
            int from = mediaTypeStart(acceptHeader, start, end);
            int to = mediaTypeEnd(acceptHeader, from, end);
            if (sameIgnoringCase(acceptHeader, from, to, type, type.length())
                    || sameIgnoringCase(acceptHeader, from, to, "*/*", 3)
                    || to - from == major + 1 && acceptHeader.charAt(to - 1) == '*'
                            && sameIgnoringCase(acceptHeader, from, to - 1, type, major)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether a {@code Content-Type} names {@code type} ({@code type/subtype}, lower case), parameters aside. */
    static boolean is(String contentType, String type) {
        if (contentType == null) {
            return false;
        }
        int from = mediaTypeStart(contentType, 0, contentType.length());
        int to = mediaTypeEnd(contentType, from, contentType.length());
        return sameIgnoringCase(contentType, from, to, type, type.length());
    }

    /** Where the media type of the element {@code [from, to)} of a header begins: past leading white space. */
    private static int mediaTypeStart(String header, int from, int to) {
        while (from < to && header.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    /** Where it ends: before its parameters ({@code ;...}) and trailing white space. */
    private static int mediaTypeEnd(String header, int from, int to) {
        int end = from;
        while (end < to && header.charAt(end) != ';') {
            end++;
        }
        while (end > from && header.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

    /**
     * {@code header[from, to)} against the first {@code length} characters of {@code expected} (lower case), ASCII
     * letters without case, as media types compare.
     */
    private static boolean sameIgnoringCase(String header, int from, int to, String expected, int length) {
        if (to - from != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char x = header.charAt(from + i);
            char y = expected.charAt(i);
            if (x != y && !(x >= 'A' && x <= 'Z' && x + ('a' - 'A') == y)) {
                return false;
            }
        }
        return true;
    }
}
