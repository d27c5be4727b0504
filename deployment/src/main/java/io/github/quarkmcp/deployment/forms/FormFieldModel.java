package io.github.quarkmcp.deployment.forms;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One checked field of a form: everything its schema says.
 *
 * @param component the record component it is read into
 * @param name the property name on the wire: {@code @ToolArg(name)}, else the component's name
 * @param title from {@code @FormField(title)}, or {@code null}
 * @param description from {@code @ToolArg(description)}, or {@code null}
 * @param format the {@code format} of a string field, set or implied by its type, or {@code null}
 * @param boundsByKeyword the bounds that were set, by JSON Schema keyword ({@code minLength}, {@code maximum},
 *        {@code minItems}, ...), least first
 * @param choices the choices of a single or multiple choice field, in declaration order; else empty
 * @param titledChoices whether the choices are written with titles ({@code oneOf}/{@code anyOf}), because at least
 *        one constant has a title
 * @param defaultValue the {@code default}, as JSON, or {@code null}
 * @param enumClassName the enum a choice field's values are constants of, or {@code null}
 */
public record FormFieldModel(String component, String name, FieldKind kind, String title, String description,
        String format, Map<String, Long> boundsByKeyword, List<EnumChoice> choices, boolean titledChoices,
        JsonNode defaultValue, boolean required, String enumClassName) {
}
