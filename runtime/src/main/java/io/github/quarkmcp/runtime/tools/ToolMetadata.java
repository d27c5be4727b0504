package io.github.quarkmcp.runtime.tools;

import java.util.List;

import io.github.quarkmcp.runtime.invocation.MethodMetadata;
import io.quarkus.runtime.annotations.RecordableConstructor;

/**
 * Everything the build decided about one tool, recorded into the application so that nothing is discovered,
 * reflected on or generated at run time.
 */
public final class ToolMetadata {

    private final String name;
    private final String listingJson;
    private final ResultKind resultKind;
    private final List<String> requiredClientCapabilities;
    private final long timeoutMillis;
    private final MethodMetadata method;

    /**
     * @param name the tool's name
     * @param listingJson the tool as {@code tools/list} shows it, schemas included
     * @param requiredClientCapabilities the client capabilities a call needs
     * @param timeoutMillis the tool's own time limit, {@code 0} for the global one
     * @param method how to call the tool's method
     */
    @RecordableConstructor
    public ToolMetadata(String name, String listingJson, ResultKind resultKind, List<String> requiredClientCapabilities,
            long timeoutMillis, MethodMetadata method) {
        this.timeoutMillis = timeoutMillis;
        this.name = name;
        this.listingJson = listingJson;
        this.resultKind = resultKind;
        this.requiredClientCapabilities = requiredClientCapabilities;
        this.method = method;
    }

    public String getName() {
        return name;
    }

    public String getListingJson() {
        return listingJson;
    }

    public ResultKind getResultKind() {
        return resultKind;
    }

    public List<String> getRequiredClientCapabilities() {
        return requiredClientCapabilities;
    }

    public long getTimeoutMillis() {
        return timeoutMillis;
    }

    public MethodMetadata getMethod() {
        return method;
    }
}
