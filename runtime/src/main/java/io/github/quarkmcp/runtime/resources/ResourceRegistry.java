package io.github.quarkmcp.runtime.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.runtime.invocation.ServedMethod;
import io.github.quarkmcp.runtime.json.JsonStrings;
import io.github.quarkmcp.runtime.json.ListPages;

/**
 * The application's resources: those of {@code @Resource} methods (fixed at build time), those added at run time
 * ({@code McpResources}), and the {@code @ResourceTemplate} methods, with their list pages. The build-time lists are
 * written once; the resource list is written again only when a run-time resource comes or goes.
 */
public final class ResourceRegistry {

    /** How a read of one URI is served: a method (with its template's variables, if any) or a run-time reader. */
    public record Read(String uri, String mimeType, ContentsKind kind, ServedMethod method, ObjectNode variables,
            Function<McpContext, ResourceContents> reader) {
    }

    private record Fixed(ResourceMetadata metadata, ServedMethod method) {
    }

    private record Template(UriTemplate template, ResourceMetadata metadata, ServedMethod method) {
    }

    private record Added(String listingJson, String mimeType, Function<McpContext, ResourceContents> reader) {
    }

    private final ObjectMapper mapper;
    private final int pageSize;
    private final Map<String, Fixed> fixed = new TreeMap<>();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Added> added = new ConcurrentHashMap<>();
    private final ListPages templatePages;
    private volatile ListPages resourcePages;

    public ResourceRegistry(List<ResourceMetadata> metadata, ObjectMapper mapper, int pageSize) {
        this.mapper = mapper;
        this.pageSize = pageSize;
        List<String> templateListings = new ArrayList<>();
        for (ResourceMetadata resource : metadata) {
            ServedMethod method = resource.getMethod().serve(mapper);
            if (resource.isTemplate()) {
                templates.add(new Template(UriTemplate.parse(resource.getUri()), resource, method));
                templateListings.add(resource.getListingJson());
            } else {
                fixed.put(resource.getUri(), new Fixed(resource, method));
            }
        }
        this.templatePages = new ListPages("resourceTemplates", templateListings, pageSize);
        relist();
    }

    /** Whether the application has any resource or template at all (it then advertises the capability). */
    public boolean isEmpty() {
        return fixed.isEmpty() && templates.isEmpty() && added.isEmpty();
    }

    /** The {@code resources/list} result for a cursor, or {@code null} for an unknown cursor. */
    public String page(String cursor) {
        return resourcePages.page(cursor);
    }

    /** The {@code resources/templates/list} result for a cursor, or {@code null} for an unknown cursor. */
    public String templatesPage(String cursor) {
        return templatePages.page(cursor);
    }

    /** What identifies the build-time resources and templates as listed (run-time ones come and go by design). */
    public String fingerprint() {
        return resourcePages.fingerprint() + "\n" + templatePages.fingerprint();
    }

    /** How to read {@code uri}: a fixed resource, a run-time one, or the first template it matches; else null. */
    public Read find(String uri) {
        Fixed resource = fixed.get(uri);
        if (resource != null) {
            return new Read(uri, resource.metadata().getMimeType(), resource.metadata().getContentsKind(),
                    resource.method(), mapper.createObjectNode(), null);
        }
        Added runTime = added.get(uri);
        if (runTime != null) {
            return new Read(uri, runTime.mimeType(), ContentsKind.CONTENTS, null, null, runTime.reader());
        }
        for (Template template : templates) {
            Map<String, String> values = template.template().match(uri);
            if (values != null) {
                ObjectNode variables = mapper.createObjectNode();
                values.forEach(variables::put);
                return new Read(uri, template.metadata().getMimeType(), template.metadata().getContentsKind(),
                        template.method(), variables, null);
            }
        }
        return null;
    }

    /**
     * Adds (or replaces) a run-time resource; false if its URI is that of a {@code @Resource} method, which cannot be
     * replaced.
     */
    public boolean add(String uri, String name, String mimeType, String description,
            Function<McpContext, ResourceContents> reader) {
        if (fixed.containsKey(uri)) {
            return false;
        }
        StringBuilder listing = new StringBuilder("{\"uri\":").append(JsonStrings.quote(uri)).append(",\"name\":")
                .append(JsonStrings.quote(name));
        if (description != null) {
            listing.append(",\"description\":").append(JsonStrings.quote(description));
        }
        if (mimeType != null) {
            listing.append(",\"mimeType\":").append(JsonStrings.quote(mimeType));
        }
        added.put(uri, new Added(listing.append('}').toString(), mimeType, reader));
        relist();
        return true;
    }

    /** Removes a run-time resource, if this reader is still the one at {@code uri}; true if it was. */
    public boolean remove(String uri, Function<McpContext, ResourceContents> reader) {
        Added current = added.get(uri);
        boolean removed = current != null && current.reader() == reader && added.remove(uri, current);
        if (removed) {
            relist();
        }
        return removed;
    }

    /** Writes the resource list again: fixed resources and run-time ones, ordered by URI. */
    private synchronized void relist() {
        Map<String, String> listings = new TreeMap<>();
        fixed.forEach((uri, resource) -> listings.put(uri, resource.metadata().getListingJson()));
        added.forEach((uri, resource) -> listings.put(uri, resource.listingJson()));
        resourcePages = new ListPages("resources", new ArrayList<>(listings.values()), pageSize);
    }
}
