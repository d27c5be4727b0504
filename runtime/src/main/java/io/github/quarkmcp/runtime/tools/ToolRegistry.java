package io.github.quarkmcp.runtime.tools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.runtime.protocol.JsonStrings;

/**
 * The application's tools, and their {@code tools/list} pages serialized once at startup: listing tools costs a
 * string concatenation, whatever the number of tools.
 */
public final class ToolRegistry {

    private static final String CURSOR_PREFIX = "tools-page:";

    private final Map<String, RegisteredTool> tools = new LinkedHashMap<>();
    private final List<String> pages = new ArrayList<>();

    public ToolRegistry(List<ToolMetadata> metadata, ObjectMapper mapper, int pageSize) {
        for (ToolMetadata tool : metadata) {
            tools.put(tool.getName(), new RegisteredTool(tool, mapper));
        }
        List<ToolMetadata> all = List.copyOf(metadata);
        int size = Math.max(1, pageSize);
        for (int start = 0; start == 0 || start < all.size(); start += size) {
            int end = Math.min(all.size(), start + size);
            StringBuilder page = new StringBuilder("{\"tools\":[");
            for (int i = start; i < end; i++) {
                page.append(i > start ? "," : "").append(all.get(i).getListingJson());
            }
            page.append(']');
            if (end < all.size()) {
                page.append(",\"nextCursor\":\"").append(cursor(pages.size() + 1)).append('"');
            }
            // Written by Jackson at build time, which copies lone surrogates raw (a description may hold one).
            pages.add(JsonStrings.escapeLoneSurrogates(page.append('}').toString()));
        }
    }

    /** What identifies this set of tools as listed: equal for the same tools, names, descriptions and schemas. */
    public String fingerprint() {
        return String.join("\n", pages);
    }

    /** The tool of this name, or {@code null}. */
    public RegisteredTool find(String name) {
        return tools.get(name);
    }

    /**
     * The {@code tools/list} result for a cursor ({@code null} for the first page), or {@code null} when the cursor
     * is not one this server gave out.
     */
    public String page(String cursor) {
        if (cursor == null) {
            return pages.get(0);
        }
        int index = pageIndex(cursor);
        return index > 0 && index < pages.size() ? pages.get(index) : null;
    }

    // The cursor is opaque to clients; base64 keeps them from reading meaning into it.
    private static String cursor(int pageIndex) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + pageIndex).getBytes(StandardCharsets.US_ASCII));
    }

    private static int pageIndex(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            return decoded.startsWith(CURSOR_PREFIX) ? Integer.parseInt(decoded.substring(CURSOR_PREFIX.length())) : -1;
        } catch (IllegalArgumentException e) { // not base64, or not a number
            return -1;
        }
    }
}
