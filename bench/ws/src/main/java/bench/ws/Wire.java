package bench.ws;

/** The few things the floor and the load client read off a message, found by position, not parsed. */
final class Wire {

    private Wire() {
    }

    /** The text of the top-level {@code "id"} member, or null for a notification. */
    static String idOf(String message) {
        int at = message.indexOf("\"id\":");
        return at < 0 ? null : valueAt(message, at + 5);
    }

    /** The text of the {@code "progressToken"} member, or null when there is none. */
    static String tokenOf(String message) {
        int at = message.indexOf("\"progressToken\":");
        return at < 0 ? null : valueAt(message, at + 16);
    }

    private static String valueAt(String message, int start) {
        int end = start;
        while (end < message.length() && message.charAt(end) != ',' && message.charAt(end) != '}') {
            end++;
        }
        return message.substring(start, end).trim();
    }
}
