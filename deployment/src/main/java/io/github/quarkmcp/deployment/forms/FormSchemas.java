package io.github.quarkmcp.deployment.forms;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code requestedSchema} of a form, in the MCP spec's restricted form: a flat {@code "type": "object"} with one
 * property per field and {@code required} listing the required ones (left out when there are none).
 * <p>
 * Written by hand rather than by a schema generator, because the restricted schema is a fixed, small subset that a
 * generator would have to be talked out of ({@code $defs}, {@code $ref}, nested objects). Members come in one order
 * (type, title, description, format, bounds, choices, default) so that two builds write the same bytes.
 */
public final class FormSchemas {

    private final ObjectMapper json = new ObjectMapper();

    /** The schema as compact JSON text. */
    public String schemaJson(FormModel form) {
        try {
            return json.writeValueAsString(schema(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain JSON nodes is always writable", e);
        }
    }

    public ObjectNode schema(FormModel form) {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = json.createArrayNode();
        for (FormFieldModel field : form.fields()) {
            properties.set(field.name(), property(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private ObjectNode property(FormFieldModel field) {
        ObjectNode property = json.createObjectNode().put("type", field.kind().jsonType());
        putIfSet(property, "title", field.title());
        putIfSet(property, "description", field.description());
        putIfSet(property, "format", field.format());
        field.boundsByKeyword().forEach(property::put);
        if (field.kind() == FieldKind.SINGLE_SELECT) {
            if (field.titledChoices()) {
                property.set("oneOf", titledChoices(field.choices()));
            } else {
                property.set("enum", values(field.choices()));
            }
        } else if (field.kind() == FieldKind.MULTI_SELECT) {
            ObjectNode items = property.putObject("items");
            if (field.titledChoices()) {
                items.set("anyOf", titledChoices(field.choices()));
            } else {
                items.put("type", "string").set("enum", values(field.choices()));
            }
        }
        if (field.defaultValue() != null) {
            property.set("default", field.defaultValue());
        }
        return property;
    }

    private ArrayNode values(List<EnumChoice> choices) {
        ArrayNode values = json.createArrayNode();
        choices.forEach(choice -> values.add(choice.value()));
        return values;
    }

    /** Every choice with a title, the value standing in for a title that was not set. */
    private ArrayNode titledChoices(List<EnumChoice> choices) {
        ArrayNode titled = json.createArrayNode();
        for (EnumChoice choice : choices) {
            titled.addObject().put("const", choice.value()).put("title",
                    choice.title() == null ? choice.value() : choice.title());
        }
        return titled;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
