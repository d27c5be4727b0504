package io.github.quarkmcp.runtime.resources;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.runtime.invocation.MethodCaller;
import io.github.quarkmcp.runtime.json.JsonStrings;

/**
 * Reads a resource: calls its method (through the {@link MethodCaller}) or its run-time reader, and writes the
 * {@code ReadResourceResult}. A failure of the method fails the read (the core answers it with a JSON-RPC error).
 */
public final class ResourceReader {

    private final MethodCaller caller;
    private final ObjectWriter json;

    public ResourceReader(MethodCaller caller, ObjectMapper mapper) {
        this.caller = caller;
        // Compact, whatever the application's mapper indents: the text is one JSON value.
        this.json = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /** The {@code {"contents": [...]}} JSON of reading {@code read}. */
    public CompletionStage<String> read(ResourceRegistry.Read read, McpContext context) {
        if (read.reader() != null) {
            return caller.onWorker(() -> result(read, read.reader().apply(context)));
        }
        return caller.call(read.method(), read.variables(), context).thenApply(value -> result(read, value));
    }

    private String result(ResourceRegistry.Read read, Object value) {
        if (value == null) { // how a template method says that there is no resource at this URI
            throw new NotFoundException(read.uri());
        }
        StringBuilder out = new StringBuilder("{\"contents\":[");
        switch (read.kind()) {
            case TEXT:
                contents(out, ResourceContents.text(read.uri(), read.mimeType(), (String) value));
                break;
            case BYTES:
                contents(out, new ResourceContents(read.uri(), read.mimeType(), null,
                        Base64.getEncoder().encodeToString((byte[]) value)));
                break;
            case CONTENTS:
                contents(out, (ResourceContents) value);
                break;
            case JSON:
                contents(out, ResourceContents.text(read.uri(), read.mimeType() != null ? read.mimeType()
                        : "application/json", JsonStrings.escapeLoneSurrogates(write(value))));
                break;
            default:
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    contents(out, (ResourceContents) items.get(i));
                }
        }
        return out.append("]}").toString();
    }

    /** The method found no resource at the URI it was asked for (it returned {@code null}). */
    public static final class NotFoundException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotFoundException(String uri) {
            super("No resource at " + uri, null, false, false);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The resource's value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void contents(StringBuilder json, ResourceContents contents) {
        json.append("{\"uri\":").append(JsonStrings.quote(contents.uri()));
        if (contents.mimeType() != null) {
            json.append(",\"mimeType\":").append(JsonStrings.quote(contents.mimeType()));
        }
        if (contents.text() != null) {
            json.append(",\"text\":").append(JsonStrings.quote(contents.text()));
        } else {
            json.append(",\"blob\":").append(JsonStrings.quote(contents.blob()));
        }
        json.append('}');
    }
}
