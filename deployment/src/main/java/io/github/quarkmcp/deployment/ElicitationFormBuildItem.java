package io.github.quarkmcp.deployment;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * An elicitation form the application asks with: a record passed as a class literal to {@code McpContext.elicit},
 * checked against the MCP spec's restricted schema, and that schema.
 *
 * @param className the record's binary name
 * @param key the name its questions go by in a 2026-07-28 {@code inputRequests} map (the simple name in snake case)
 * @param schemaJson the {@code requestedSchema} the client gets
 */
public final class ElicitationFormBuildItem extends MultiBuildItem {

    private final String className;
    private final String key;
    private final String schemaJson;

    public ElicitationFormBuildItem(String className, String key, String schemaJson) {
        this.className = className;
        this.key = key;
        this.schemaJson = schemaJson;
    }

    public String className() {
        return className;
    }

    public String key() {
        return key;
    }

    public String schemaJson() {
        return schemaJson;
    }
}
