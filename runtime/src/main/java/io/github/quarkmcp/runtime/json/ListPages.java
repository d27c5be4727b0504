package io.github.quarkmcp.runtime.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The pages of a list result ({@code tools/list}, {@code resources/list}, ...), written once: listing costs a lookup,
 * whatever the number of items. Cursors are opaque to clients (base64 of the list's name and a page number), so
 * they read no meaning into them, and one list's cursor is unknown to another list.
 */
public final class ListPages {

    private final String cursorPrefix;
    private final List<String> pages = new ArrayList<>();

    /**
     * @param field the result's list field ({@code tools}, {@code resources}, {@code resourceTemplates},
     *        {@code prompts})
     * @param items each item as its JSON object, in listing order
     */
    public ListPages(String field, List<String> items, int pageSize) {
        this.cursorPrefix = field + "-page:";
        int size = Math.max(1, pageSize);
        for (int start = 0; start == 0 || start < items.size(); start += size) {
            int end = Math.min(items.size(), start + size);
            StringBuilder page = new StringBuilder("{\"").append(field).append("\":[");
            for (int i = start; i < end; i++) {
                page.append(i > start ? "," : "").append(items.get(i));
            }
            page.append(']');
            if (end < items.size()) {
                page.append(",\"nextCursor\":\"").append(cursor(pages.size() + 1)).append('"');
            }
            pages.add(JsonStrings.escapeLoneSurrogates(page.append('}').toString()));
        }
    }

    /** The result for a cursor ({@code null} for the first page), or {@code null} for a cursor this list never gave. */
    public String page(String cursor) {
        if (cursor == null) {
            return pages.get(0);
        }
        int index = pageIndex(cursor);
        return index > 0 && index < pages.size() ? pages.get(index) : null;
    }

    /** What identifies the list as listed: equal for the same items in the same order. */
    public String fingerprint() {
        return String.join("\n", pages);
    }

    private String cursor(int pageIndex) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursorPrefix + pageIndex).getBytes(StandardCharsets.US_ASCII));
    }

    private int pageIndex(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            return decoded.startsWith(cursorPrefix) ? Integer.parseInt(decoded.substring(cursorPrefix.length())) : -1;
        } catch (IllegalArgumentException e) { // not base64, or not a number
            return -1;
        }
    }
}
