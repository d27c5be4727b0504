package io.github.quarkmcp.deployment.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.McpDotNames;
import io.github.quarkmcp.deployment.tools.MethodShapes;

/**
 * Checks every elicitation form against the MCP spec's restricted schema and turns the valid ones into
 * {@link FormModel}s. Like the tools' validator it never stops at the first problem: the developer sees every one
 * in a single build, each message naming the rule first, then the component and the record.
 * <p>
 * A form's annotations are read from its canonical constructor's parameters: {@code @ToolArg} and
 * {@code @FormField} are parameter annotations, and javac puts those of a record component there.
 */
public final class FormValidator {

    private static final List<String> FORMATS = List.of("email", "uri", "date", "date-time");

    /** The bounds the spec allows, each pair on the kinds of field it means something for. */
    private static final List<BoundPair> BOUNDS = List.of(
            new BoundPair("minLength", "maxLength", Set.of(FieldKind.STRING), "string fields"),
            new BoundPair("minimum", "maximum", Set.of(FieldKind.INTEGER, FieldKind.NUMBER),
                    "number and integer fields"),
            new BoundPair("minItems", "maxItems", Set.of(FieldKind.MULTI_SELECT),
                    "multiple choice fields (a Set, List or EnumSet of an enum)"));

    private record BoundPair(String least, String greatest, Set<FieldKind> kinds, String fields) {
        /** A length or a count cannot be negative; a number can. */
        boolean counts() {
            return !least.equals("minimum");
        }
    }

    private final IndexView index;
    private final FormFieldTypes types;
    private final FormDefaults defaults = new FormDefaults();
    private final List<String> errors = new ArrayList<>();

    public FormValidator(IndexView index) {
        this.index = index;
        this.types = new FormFieldTypes(index);
    }

    /** The problems found so far, one message each. */
    public List<String> errors() {
        return errors;
    }

    /**
     * The valid forms among those found, in the order given.
     *
     * @param callSitesByForm each form's binary name, with the methods that ask it (see {@link FormCallSites})
     */
    public List<FormModel> validate(Map<String, SortedSet<String>> callSitesByForm) {
        List<FormModel> valid = new ArrayList<>();
        callSitesByForm.forEach((className, callSites) -> {
            FormModel form = form(className, callSites);
            if (form != null) {
                valid.add(form);
            }
        });
        return valid;
    }

    private FormModel form(String className, SortedSet<String> callSites) {
        ClassInfo record = index.getClassByName(DotName.createSimple(className));
        if (record == null || !record.isRecord()) {
            errors.add("Elicitation form must be a record, whose components are the form's fields, but is "
                    + what(record) + ": " + className + " (asked by " + String.join(", ", callSites) + ")");
            return null;
        }
        int errorsBefore = errors.size();
        MethodInfo constructor = record.canonicalRecordConstructor();
        List<RecordComponentInfo> components = record.recordComponentsInDeclarationOrder();
        Map<String, String> componentByProperty = new HashMap<>();
        List<FormFieldModel> fields = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            RecordComponentInfo component = components.get(i);
            String where = " for component '" + component.name() + "': " + className;
            AnnotationInstance toolArg = parameterAnnotation(constructor, i, McpDotNames.TOOL_ARG);
            AnnotationInstance formField = parameterAnnotation(constructor, i, McpDotNames.FORM_FIELD);
            FormFieldModel field = field(component, toolArg, formField, where);

            String name = MethodShapes.stringValue(toolArg, "name", component.name());
            String other = componentByProperty.putIfAbsent(name, component.name());
            if (other != null) {
                errors.add("Elicitation form property names must be unique, but '" + name
                        + "' is also the name of component '" + other + "'" + where);
            }
            String header = MethodShapes.stringValue(toolArg, "header", null);
            if (header != null) {
                errors.add("@ToolArg header is only for tool arguments, not form fields, but is '" + header + "'"
                        + where);
            }
            if (field != null) {
                fields.add(field);
            }
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new FormModel(className, FormKeys.snakeCase(record.simpleName()), List.copyOf(fields));
    }

    /** The field of one component, or {@code null} after reporting why it cannot be one. */
    private FormFieldModel field(RecordComponentInfo component, AnnotationInstance toolArg,
            AnnotationInstance formField, String where) {
        FieldType type = types.classify(component.type());
        if (type == null) {
            errors.add("Elicitation form field type must be " + FormFieldTypes.ALLOWED + ", but is " + component.type()
                    + " (" + types.whyNot(component.type()) + ")" + where);
            return null;
        }
        int errorsBefore = errors.size();
        String format = format(formField, type, where);
        Map<String, Long> bounds = bounds(formField, type, where);
        List<EnumChoice> choices = type.enumClass() == null ? List.of() : EnumChoices.of(type.enumClass());
        JsonNode defaultValue = errors.size() > errorsBefore ? null
                : defaultValue(toolArg, type, format, choices, bounds, where);
        if (errors.size() > errorsBefore) {
            return null;
        }
        boolean required = !type.optional() && defaultValue == null
                && (toolArg == null || toolArg.value("required") == null || toolArg.value("required").asBoolean());
        return new FormFieldModel(component.name(), MethodShapes.stringValue(toolArg, "name", component.name()),
                type.kind(), MethodShapes.stringValue(formField, "title", null),
                MethodShapes.stringValue(toolArg, "description", null), format, bounds, choices,
                choices.stream().anyMatch(choice -> choice.title() != null), defaultValue, required,
                type.enumClass() == null ? null : type.enumClass().name().toString());
    }

    /** The field's format, set or implied by its type; {@code null} if none. */
    private String format(AnnotationInstance formField, FieldType type, String where) {
        String format = MethodShapes.stringValue(formField, "format", null);
        if (format == null) {
            return type.impliedFormat();
        }
        if (type.kind() != FieldKind.STRING) {
            errors.add("@FormField format is only for string fields, but the field is " + describe(type) + where);
        } else if (!FORMATS.contains(format)) {
            errors.add("@FormField format must be one of " + String.join(", ", FORMATS) + ", but is '" + format + "'"
                    + where);
        } else if (type.impliedFormat() != null && !type.impliedFormat().equals(format)) {
            errors.add("@FormField format must be '" + type.impliedFormat() + "', the format of " + type.valueType()
                    + ", or unset, but is '" + format + "'" + where);
        }
        return format;
    }

    /** The bounds that were set, by keyword; each one checked against the kind of field. */
    private Map<String, Long> bounds(AnnotationInstance formField, FieldType type, String where) {
        Map<String, Long> bounds = new LinkedHashMap<>();
        for (BoundPair pair : BOUNDS) {
            Long least = longValue(formField, pair.least());
            Long greatest = longValue(formField, pair.greatest());
            if (!pair.kinds().contains(type.kind())) {
                for (String keyword : List.of(pair.least(), pair.greatest())) {
                    if (longValue(formField, keyword) != null) {
                        errors.add("@FormField " + keyword + " is only for " + pair.fields() + ", but the field is "
                                + describe(type) + where);
                    }
                }
                continue;
            }
            for (String keyword : List.of(pair.least(), pair.greatest())) {
                Long bound = longValue(formField, keyword);
                if (bound != null && pair.counts() && bound < 0) {
                    errors.add("@FormField " + keyword + " must not be negative, but is " + bound + where);
                }
            }
            if (least != null && greatest != null && least > greatest) {
                errors.add("@FormField " + pair.least() + " must not be greater than " + pair.greatest() + ", but "
                        + least + " > " + greatest + where);
            }
            if (least != null) {
                bounds.put(pair.least(), least);
            }
            if (greatest != null) {
                bounds.put(pair.greatest(), greatest);
            }
        }
        return bounds;
    }

    private JsonNode defaultValue(AnnotationInstance toolArg, FieldType type, String format, List<EnumChoice> choices,
            Map<String, Long> bounds, String where) {
        AnnotationValue value = toolArg == null ? null : toolArg.value("defaultValue");
        if (value == null || value.asString().equals(ToolArg.NO_DEFAULT)) {
            return null;
        }
        String text = value.asString();
        JsonNode parsed = defaults.parse(type, format, choices, text);
        if (parsed == null) {
            errors.add("@ToolArg defaultValue must be " + defaults.expectation(type, format, choices) + ", but is '"
                    + text + "'" + where);
            return null;
        }
        String broken = FormDefaults.brokenBounds(parsed, bounds);
        if (broken != null) {
            errors.add("@ToolArg defaultValue must keep the field's bounds, but '" + text + "' breaks " + broken
                    + where);
            return null;
        }
        return parsed;
    }

    private static String describe(FieldType type) {
        return type.kind().describe() + " (" + type.valueType() + ")";
    }

    private static String what(ClassInfo type) {
        if (type == null) {
            return "no class the build can read";
        }
        if (type.isAnnotation()) {
            return "an annotation";
        }
        if (type.isInterface()) {
            return "an interface";
        }
        return type.isEnum() ? "an enum" : "a class";
    }

    private static AnnotationInstance parameterAnnotation(MethodInfo constructor, int position, DotName name) {
        return constructor == null ? null : MethodShapes.parameterAnnotation(constructor, position, name);
    }

    /** A numeric {@code @FormField} attribute, or {@code null} when not set. */
    private static Long longValue(AnnotationInstance formField, String member) {
        AnnotationValue value = formField == null ? null : formField.value(member);
        return value == null || value.asLong() == FormField.UNSET ? null : value.asLong();
    }
}
