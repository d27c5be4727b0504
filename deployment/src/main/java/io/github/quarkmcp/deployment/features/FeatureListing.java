package io.github.quarkmcp.deployment.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a resource, template or prompt as {@code resources/list}, {@code resources/templates/list} or {@code prompts/list} show it. */
public final class FeatureListing {

    private final ObjectMapper json = new ObjectMapper();

    public String listingJson(ResourceModel resource) {
        ObjectNode listing = json.createObjectNode().put(resource.template() ? "uriTemplate" : "uri", resource.uri())
                .put("name", resource.name());
        optional(listing, "title", resource.title());
        optional(listing, "description", resource.description());
        optional(listing, "mimeType", resource.mimeType());
        return write(listing);
    }

    public String listingJson(PromptModel prompt) {
        ObjectNode listing = json.createObjectNode().put("name", prompt.name());
        optional(listing, "title", prompt.title());
        optional(listing, "description", prompt.description());
        ArrayNode arguments = listing.putArray("arguments");
        for (PromptModel.Argument argument : prompt.arguments()) {
            ObjectNode item = arguments.addObject().put("name", argument.name());
            optional(item, "description", argument.description());
            item.put("required", argument.required());
        }
        return write(listing);
    }

    private static void optional(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a listing", e);
        }
    }
}
