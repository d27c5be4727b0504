package io.github.quarkmcp.runtime.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.AudioContent;
import io.github.quarkmcp.Content;
import io.github.quarkmcp.Elicitation;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.Root;
import io.github.quarkmcp.SamplingResult;
import io.github.quarkmcp.TextContent;

/**
 * Reads the client's answers ({@code ElicitResult}, {@code CreateMessageResult}, {@code ListRootsResult}) into what
 * a tool gets. An answer that does not have the schema's shape is refused with {@link NotAnAnswer}, which the era
 * turns into its error: it is the client's input, and never taken on trust.
 */
final class ClientAnswers {

    /** An answer without the shape its question asked for. */
    static final class NotAnAnswer extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAnAnswer(String message) {
            super(message, null, false, false);
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    ClientAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> Elicitation<T> form(JsonNode answer, Class<T> type) {
        Elicitation.Action action = action(answer);
        if (action != Elicitation.Action.ACCEPT) {
            return new Elicitation<>(action, null);
        }
        try {
            return new Elicitation<>(action, mapper.treeToValue(formContent(answer), type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new NotAnAnswer("is not an answer to the form " + type.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                            : e.getMessage()));
        }
    }

    Elicitation<Map<String, Object>> form(JsonNode answer) {
        Elicitation.Action action = action(answer);
        return new Elicitation<>(action, action == Elicitation.Action.ACCEPT ? mapper.convertValue(formContent(answer), MAP)
                : null);
    }

    Elicitation<Void> url(JsonNode answer) {
        return new Elicitation<>(action(answer), null);
    }

    SamplingResult sampling(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            throw new NotAnAnswer("is not a CreateMessageResult (an object)");
        }
        String role = answer.path("role").asText();
        if (!role.equals("user") && !role.equals("assistant")) {
            throw new NotAnAnswer("needs \"role\": \"assistant\" or \"user\"");
        }
        JsonNode content = answer.get("content");
        if (content != null && content.isArray() && content.size() == 1) {
            content = content.get(0); // the list form of newer clients, with the one item a plain request gets
        }
        return new SamplingResult(role.equals("user") ? PromptMessage.Role.USER : PromptMessage.Role.ASSISTANT,
                samplingContent(content), answer.path("model").asText(null), answer.path("stopReason").asText(null));
    }

    List<Root> roots(JsonNode answer) {
        JsonNode roots = answer == null ? null : answer.get("roots");
        if (roots == null || !roots.isArray()) {
            throw new NotAnAnswer("is not a ListRootsResult: it needs \"roots\" (an array)");
        }
        List<Root> list = new ArrayList<>(roots.size());
        for (JsonNode root : roots) {
            if (!root.path("uri").isTextual()) {
                throw new NotAnAnswer("has a root without \"uri\" (a string)");
            }
            list.add(new Root(root.get("uri").asText(), root.path("name").asText(null)));
        }
        return List.copyOf(list);
    }

    private static Elicitation.Action action(JsonNode answer) {
        String action = answer == null || !answer.isObject() ? null : answer.path("action").asText(null);
        if (action == null || !(action.equals("accept") || action.equals("decline") || action.equals("cancel"))) {
            throw new NotAnAnswer("is not an ElicitResult: it needs \"action\": \"accept\", \"decline\" or \"cancel\"");
        }
        return Elicitation.Action.valueOf(action.toUpperCase(Locale.ROOT));
    }

    private static JsonNode formContent(JsonNode answer) {
        JsonNode content = answer.get("content");
        if (content == null || !content.isObject()) {
            throw new NotAnAnswer("accepts without \"content\" (an object of the form's fields)");
        }
        return content;
    }

    private static Content samplingContent(JsonNode content) {
        if (content == null || !content.isObject()) {
            throw new NotAnAnswer("needs \"content\" (a text, image or audio item)");
        }
        String type = content.path("type").asText();
        switch (type) {
            case "text":
                if (content.path("text").isTextual()) {
                    return new TextContent(content.get("text").asText());
                }
                break;
            case "image":
            case "audio":
                if (content.path("data").isTextual() && content.path("mimeType").isTextual()) {
                    String data = content.get("data").asText();
                    String mimeType = content.get("mimeType").asText();
                    return type.equals("image") ? new ImageContent(data, mimeType) : new AudioContent(data, mimeType);
                }
                break;
            default:
                throw new NotAnAnswer("has content of type \"" + type + "\"; a tool can read text, image or audio");
        }
        throw new NotAnAnswer("has " + type + " content without its fields");
    }
}
