package io.github.quarkmcp.runtime.protocol;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.SamplingRequest;
import io.github.quarkmcp.runtime.forms.ElicitationForms;
import io.github.quarkmcp.runtime.forms.FormMetadata;
import io.github.quarkmcp.runtime.json.ContentJson;

/** Writes what a tool asks of its client as the client's requests, the same in both eras. */
final class ClientQuestions {

    private final ElicitationForms forms;
    private final ObjectMapper mapper;

    ClientQuestions(ElicitationForms forms, ObjectMapper mapper) {
        this.forms = forms;
        this.mapper = mapper;
    }

    /** A form whose schema the build made from a record. */
    ClientQuestion form(String message, Class<?> type) {
        FormMetadata form = forms.of(type);
        return formQuestion(message, form.getSchemaJson(), form.getKey());
    }

    /** A form whose schema the tool gives at run time; checked only for its shape, flat and of primitive fields. */
    ClientQuestion form(String message, Map<String, ?> requestedSchema) {
        JsonNode schema = mapper.valueToTree(requestedSchema);
        if (!"object".equals(schema.path("type").asText()) || !schema.path("properties").isObject()) {
            throw new IllegalArgumentException("An elicitation schema is {\"type\": \"object\", \"properties\": {...}}");
        }
        schema.get("properties").fields().forEachRemaining(property -> {
            String type = property.getValue().path("type").asText();
            if (!(type.equals("string") || type.equals("number") || type.equals("integer") || type.equals("boolean")
                    || type.equals("array") && property.getValue().path("items").isObject())) {
                throw new IllegalArgumentException("Elicitation field " + property.getKey() + " must be a string, "
                        + "number, integer, boolean or a multiple choice (an array of enum items), not " + type);
            }
        });
        return formQuestion(message, schema.toString(), "elicitation");
    }

    private static ClientQuestion formQuestion(String message, String schemaJson, String key) {
        return new ClientQuestion("elicitation/create", "{\"mode\":\"form\",\"message\":" + JsonRpc.quote(message)
                + ",\"requestedSchema\":" + schemaJson + "}", key, "elicitation.form");
    }

    /**
     * A URL-mode elicitation. The 2025 line names each one ({@code elicitationId}); 2026-07-28 dropped the id, and a
     * fresh one would make the question differ from round to round.
     */
    ClientQuestion url(String message, String url, boolean legacy) {
        java.net.URI.create(url); // refuses what is not a URI, in the tool, where the mistake is
        return new ClientQuestion("elicitation/create", "{\"mode\":\"url\",\"message\":" + JsonRpc.quote(message)
                + ",\"url\":" + JsonRpc.quote(url)
                + (legacy ? ",\"elicitationId\":\"" + UUID.randomUUID() + "\"" : "") + "}", "url", "elicitation.url");
    }

    ClientQuestion sample(SamplingRequest request) {
        StringBuilder params = new StringBuilder(256).append("{\"messages\":[");
        for (int i = 0; i < request.messages().size(); i++) {
            PromptMessage message = request.messages().get(i);
            params.append(i > 0 ? "," : "").append("{\"role\":\"")
                    .append(message.role() == PromptMessage.Role.USER ? "user" : "assistant").append("\",\"content\":");
            ContentJson.write(message.content(), params);
            params.append('}');
        }
        params.append(']');
        ContentJson.optional(params, "systemPrompt", request.systemPrompt());
        params.append(",\"maxTokens\":").append(request.maxTokens());
        if (request.temperature() != null) {
            params.append(",\"temperature\":").append(request.temperature());
        }
        if (!request.stopSequences().isEmpty()) {
            params.append(",\"stopSequences\":").append(json(request.stopSequences()));
        }
        SamplingRequest.ModelPreferences preferences = request.modelPreferences();
        if (preferences != null) {
            params.append(",\"modelPreferences\":{\"hints\":[");
            for (int i = 0; i < preferences.hints().size(); i++) {
                params.append(i > 0 ? "," : "").append("{\"name\":").append(JsonRpc.quote(preferences.hints().get(i)))
                        .append('}');
            }
            params.append(']');
            priority(params, "costPriority", preferences.costPriority());
            priority(params, "speedPriority", preferences.speedPriority());
            priority(params, "intelligencePriority", preferences.intelligencePriority());
            params.append('}');
        }
        return new ClientQuestion("sampling/createMessage", params.append('}').toString(), "sampling", "sampling");
    }

    ClientQuestion roots() {
        return new ClientQuestion("roots/list", null, "roots", "roots");
    }

    private static void priority(StringBuilder params, String name, Double value) {
        if (value != null) {
            params.append(",\"").append(name).append("\":").append(value);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always writable", e);
        }
    }
}
