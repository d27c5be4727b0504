package io.github.quarkmcp.runtime.json;

import java.util.List;

import io.github.quarkmcp.AudioContent;
import io.github.quarkmcp.Content;
import io.github.quarkmcp.EmbeddedResource;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.ResourceLink;
import io.github.quarkmcp.TextContent;

/** Writes content items in their MCP wire form, by hand: no reflection, so nothing to register for native. */
public final class ContentJson {

    private ContentJson() {
    }

    /** {@code items} as a JSON array of content items. */
    public static String contentArray(List<? extends Content> items) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            write(items.get(i), json);
        }
        return json.append(']').toString();
    }

    /** Appends {@code item} to {@code json} as one content item. */
    public static void write(Content item, StringBuilder json) {
        if (item instanceof TextContent text) {
            json.append("{\"type\":\"text\",\"text\":").append(JsonStrings.quote(text.text())).append('}');
        } else if (item instanceof ImageContent image) {
            json.append("{\"type\":\"image\",\"data\":").append(JsonStrings.quote(image.data()))
                    .append(",\"mimeType\":").append(JsonStrings.quote(image.mimeType())).append('}');
        } else if (item instanceof AudioContent audio) {
            json.append("{\"type\":\"audio\",\"data\":").append(JsonStrings.quote(audio.data()))
                    .append(",\"mimeType\":").append(JsonStrings.quote(audio.mimeType())).append('}');
        } else if (item instanceof EmbeddedResource resource) {
            json.append("{\"type\":\"resource\",\"resource\":{\"uri\":").append(JsonStrings.quote(resource.uri()));
            optional(json, "mimeType", resource.mimeType());
            optional(json, "text", resource.text());
            optional(json, "blob", resource.blob());
            json.append("}}");
        } else if (item instanceof ResourceLink link) {
            json.append("{\"type\":\"resource_link\",\"uri\":").append(JsonStrings.quote(link.uri()))
                    .append(",\"name\":").append(JsonStrings.quote(link.name()));
            optional(json, "description", link.description());
            optional(json, "mimeType", link.mimeType());
            json.append('}');
        } else {
            throw new IllegalArgumentException("Unknown content type " + item); // Content is sealed
        }
    }

    /** Appends {@code ,"name":"value"} when {@code value} is set. */
    public static void optional(StringBuilder json, String name, String value) {
        if (value != null) {
            json.append(",\"").append(name).append("\":").append(JsonStrings.quote(value));
        }
    }
}
