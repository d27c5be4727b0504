package io.github.quarkmcp;

import java.util.function.Function;

/**
 * Resources known only at run time (the user's own files, rows of a table), beside the {@link Resource} methods the
 * build found. Inject it and add a resource with what {@code resources/list} shows and how to read it; clients are
 * told that the list changed. Safe to call from any thread.
 *
 * <pre>{@code
 * @Inject
 * McpResources resources;
 * ...
 * McpResources.Registration report = resources.add("file:///reports/" + id + ".csv", "report " + id, "text/csv",
 *         "the export of " + id, ctx -> ResourceContents.text("file:///reports/" + id + ".csv", "text/csv", csv(id)));
 * ...
 * report.remove();
 * }</pre>
 */
public interface McpResources {

    /**
     * Adds a resource, or replaces the one with the same URI that was added before.
     *
     * @param uri its URI; one of a {@link Resource} method cannot be replaced
     * @param name its name in the list
     * @param mimeType its media type, or {@code null}
     * @param description what it holds, or {@code null}
     * @param reader reads its contents, with the context of the read (progress, logs, cancellation)
     */
    Registration add(String uri, String name, String mimeType, String description,
            Function<McpContext, ResourceContents> reader);

    /** A resource added at run time. */
    interface Registration {

        /** Removes the resource; clients are told that the list changed. Removing it twice does nothing. */
        void remove();
    }
}
