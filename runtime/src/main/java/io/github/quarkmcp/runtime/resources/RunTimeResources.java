package io.github.quarkmcp.runtime.resources;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.McpResources;
import io.github.quarkmcp.ResourceContents;

/** The injectable {@link McpResources}: adds to the running server's resources and tells clients of the change. */
@Singleton
public class RunTimeResources implements McpResources {

    private volatile ResourceRegistry registry;
    private volatile Runnable listChanged = () -> {
    };

    /** Connects to the server's resources once it is built (at start, and after each dev-mode reload). */
    public void attach(ResourceRegistry registry, Runnable listChanged) {
        this.registry = registry;
        this.listChanged = listChanged;
    }

    @Override
    public Registration add(String uri, String name, String mimeType, String description,
            Function<McpContext, ResourceContents> reader) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        ResourceRegistry current = registry;
        if (current == null) {
            throw new IllegalStateException("The MCP server is not started yet: add resources once the application runs");
        }
        if (!current.add(uri, name, mimeType, description, reader)) {
            throw new IllegalArgumentException("A @Resource method serves " + uri + " already; it cannot be replaced");
        }
        listChanged.run();
        AtomicBoolean removed = new AtomicBoolean();
        return () -> {
            if (removed.compareAndSet(false, true) && current.remove(uri, reader)) {
                listChanged.run();
            }
        };
    }
}
