package io.github.quarkmcp.deployment.tools;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.runtime.tools.ResultKind;

/** Writes a tool as {@code tools/list} shows it. */
public final class ToolListing {

    private final ObjectMapper json = new ObjectMapper();
    private final ToolSchemas schemas;

    public ToolListing(ToolSchemas schemas) {
        this.schemas = schemas;
    }

    private JsonNode parse(String schema) {
        try {
            return json.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Explicit schemas are validated before listings are written", e);
        }
    }

    public String listingJson(ToolModel tool) {
        ObjectNode listing = json.createObjectNode().put("name", tool.name());
        if (tool.title() != null) {
            listing.put("title", tool.title());
        }
        if (tool.description() != null) {
            listing.put("description", tool.description());
        }
        listing.set("inputSchema", tool.explicitInputSchema() != null ? parse(tool.explicitInputSchema())
                : schemas.inputSchema(tool.parameters()));
        if (tool.resultKind() == ResultKind.STRUCTURED) {
            listing.set("outputSchema", schemas.outputSchema(tool.resultType()));
        }
        if (!tool.hints().isEmpty()) {
            ObjectNode annotations = listing.putObject("annotations");
            for (Map.Entry<String, Boolean> hint : tool.hints().entrySet()) {
                annotations.put(hint.getKey(), hint.getValue());
            }
        }
        try {
            return json.writeValueAsString(listing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the listing of tool " + tool.name(), e);
        }
    }
}
