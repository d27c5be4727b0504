package io.github.quarkmcp.runtime.tools;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.quarkmcp.Content;
import io.github.quarkmcp.ToolResult;
import io.github.quarkmcp.runtime.json.ContentJson;
import io.github.quarkmcp.runtime.json.JsonStrings;

/** Writes a tool's return value as a {@code CallToolResult}, in the shape its {@link ResultKind} calls for. */
public final class ToolResultEncoder {

    private static final String EMPTY = "{\"content\":[],\"isError\":false}";

    private final ObjectMapper mapper;
    // The application's mapper, minus indentation: wire JSON is one line (an SSE event is one data line).
    private final ObjectWriter compact;

    public ToolResultEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
        this.compact = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    public String encode(ResultKind kind, Object value) throws JsonProcessingException {
        if (kind == ResultKind.VOID) {
            return EMPTY;
        }
        if (value == null) {
            // A tool that declared an outputSchema must send structuredContent; null cannot satisfy it.
            return kind == ResultKind.STRUCTURED ? error("The tool returned no result") : EMPTY;
        }
        switch (kind) {
            case TEXT:
                return text(value.toString(), false);
            case TOOL_RESULT:
                ToolResult result = (ToolResult) value;
                return "{\"content\":" + ContentJson.contentArray(result.content()) + ",\"isError\":"
                        + result.isError() + "}";
            case CONTENT:
                return "{\"content\":" + ContentJson.contentArray(List.of((Content) value)) + ",\"isError\":false}";
            case CONTENT_LIST:
                @SuppressWarnings("unchecked")
                List<Content> items = (List<Content>) value;
                return "{\"content\":" + ContentJson.contentArray(items) + ",\"isError\":false}";
            case STRUCTURED:
                String json = json(mapper.valueToTree(value));
                return "{\"content\":[{\"type\":\"text\",\"text\":" + JsonStrings.quote(json) + "}],\"structuredContent\":"
                        + json + ",\"isError\":false}";
            default:
                return text(json(value), false);
        }
    }

    // Jackson copies a lone surrogate of a string value as it is, which UTF-8 cannot carry: it is escaped here.
    private String json(Object value) throws JsonProcessingException {
        return JsonStrings.escapeLoneSurrogates(compact.writeValueAsString(value));
    }

    /** A result with {@code isError: true} that tells the model what went wrong. */
    public String error(String message) {
        return text(message == null ? "The tool failed" : message, true);
    }

    private static String text(String text, boolean isError) {
        return "{\"content\":[{\"type\":\"text\",\"text\":" + JsonStrings.quote(text) + "}],\"isError\":" + isError + "}";
    }
}
