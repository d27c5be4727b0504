package io.github.quarkmcp.runtime.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.runtime.json.ListPages;

/**
 * The application's tools, and their {@code tools/list} pages serialized once at startup: listing tools costs a
 * lookup, whatever the number of tools.
 */
public final class ToolRegistry {

    private final Map<String, RegisteredTool> tools = new LinkedHashMap<>();
    private final ListPages pages;

    public ToolRegistry(List<ToolMetadata> metadata, ObjectMapper mapper, int pageSize) {
        List<String> listings = new ArrayList<>();
        for (ToolMetadata tool : metadata) {
            tools.put(tool.getName(), new RegisteredTool(tool, mapper));
            listings.add(tool.getListingJson());
        }
        this.pages = new ListPages("tools", listings, pageSize);
    }

    /** What identifies this set of tools as listed: equal for the same tools, names, descriptions and schemas. */
    public String fingerprint() {
        return pages.fingerprint();
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
        return pages.page(cursor);
    }
}
