package io.github.quarkmcp.runtime.json;

/**
 * Java strings written as JSON text exactly, lone surrogates included.
 * <p>
 * JSON allows a string such as {@code "\ud800"}, and Jackson reads it into a Java string holding that one unpaired
 * surrogate. Written raw and then encoded to UTF-8 (by Vert.x, by {@code String.getBytes}), such a char becomes
 * {@code ?}: an id, a progress token or a text that comes back different from what the client sent, and two tokens
 * that come back equal. So every string the server writes goes through here: an unpaired surrogate is written as its
 * {@code \}{@code uXXXX} escape (upper-case hex), a valid pair (a character outside the BMP) stays as it is and
 * becomes its four UTF-8 bytes, control characters get the short escapes or {@code \}{@code u00XX}, and {@code "}
 * and {@code \} are escaped; everything else is copied.
 * <p>
 * Cheap when there is nothing to do, which is nearly always: one pass over the chars that finds nothing to escape
 * copies the string once (or, for {@link #escapeLoneSurrogates}, returns it as it is).
 */
public final class JsonStrings {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStrings() {
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        int length = text.length();
        int first = firstToEscape(text, 0);
        if (first == length) {
            return new StringBuilder(length + 2).append('"').append(text).append('"').toString();
        }
        StringBuilder out = new StringBuilder(length + 16).append('"');
        appendEscaped(text, first, out);
        return out.append('"').toString();
    }

    /** Appends {@code text} as a JSON string literal, quotes included, to {@code out}. */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        appendEscaped(text, firstToEscape(text, 0), out);
        out.append('"');
    }

    /**
     * {@code json}, a JSON text written by a generator that copies non-ASCII chars as they are (Jackson writing to a
     * {@code String}), with each lone surrogate replaced by its escape. Outside string literals JSON text is ASCII,
     * so every surrogate found is inside a string, where the escape means the same char. Returns {@code json} itself
     * when it holds no lone surrogate.
     */
    public static String escapeLoneSurrogates(String json) {
        int length = json.length();
        int i = 0;
        for (; i < length; i++) {
            char c = json.charAt(i);
            if (Character.isSurrogate(c)) {
                if (isPairAt(json, i)) {
                    i++;
                } else {
                    break;
                }
            }
        }
        if (i == length) {
            return json;
        }
        StringBuilder out = new StringBuilder(length + 8).append(json, 0, i);
        int copied = i;
        for (; i < length; i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (isPairAt(json, i)) {
                i++;
                continue;
            }
            out.append(json, copied, i);
            unicodeEscape(c, out);
            copied = i + 1;
        }
        return out.append(json, copied, length).toString();
    }

    /** Whether {@code c} is copied as it is: not a control char, quote, backslash or surrogate. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
    }

    private static int firstToEscape(String text, int from) {
        int length = text.length();
        int i = from;
        while (i < length && isPlain(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Appends {@code text} from {@code from} on, escaped; {@code from} is the first char that may need it. */
    private static void appendEscaped(String text, int from, StringBuilder out) {
        int length = text.length();
        out.append(text, 0, from);
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (isPairAt(text, i)) {
                        out.append(c).append(text.charAt(i + 1));
                        i++;
                    } else {
                        unicodeEscape(c, out); // another control char, or a lone surrogate
                    }
            }
            int next = firstToEscape(text, i + 1);
            out.append(text, i + 1, next);
            i = next;
        }
    }

    /** Whether a high surrogate at {@code index} is followed by a low one: one character outside the BMP. */
    private static boolean isPairAt(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
