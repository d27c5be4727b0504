package io.github.quarkmcp.runtime.forms;

import io.quarkus.runtime.annotations.RecordableConstructor;

/**
 * An elicitation form as the build found and checked it: a record passed to {@code McpContext.elicit}, with the
 * restricted JSON Schema the MCP spec allows for it, generated once at build time.
 */
public final class FormMetadata {

    private final String className;
    private final String key;
    private final String schemaJson;

    /**
     * @param className the record's binary name ({@link Class#getName()})
     * @param key the name its questions go by in a 2026-07-28 {@code inputRequests} map: the record's simple name in
     *        snake case ({@code UserName} asks as {@code user_name})
     * @param schemaJson the {@code requestedSchema}
     */
    @RecordableConstructor
    public FormMetadata(String className, String key, String schemaJson) {
        this.className = className;
        this.key = key;
        this.schemaJson = schemaJson;
    }

    public String getClassName() {
        return className;
    }

    public String getKey() {
        return key;
    }

    public String getSchemaJson() {
        return schemaJson;
    }
}
