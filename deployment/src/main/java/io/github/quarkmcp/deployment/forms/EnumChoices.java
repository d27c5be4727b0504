package io.github.quarkmcp.deployment.forms;

import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.FieldInfo;

import io.github.quarkmcp.deployment.McpDotNames;

/** The choices an enum offers in a form: its constants, spelled as Jackson reads them, with their titles. */
public final class EnumChoices {

    private EnumChoices() {
    }

    /** The constants of {@code enumClass}, in declaration order. */
    public static List<EnumChoice> of(ClassInfo enumClass) {
        return enumClass.enumConstants().stream().map(EnumChoices::choice).toList();
    }

    /** The values of {@code choices} as a user reads them in a message: {@code SMALL, MEDIUM, LARGE}. */
    public static String describe(List<EnumChoice> choices) {
        return String.join(", ", choices.stream().map(EnumChoice::value).toList());
    }

    // The answer is read into the record by Jackson, which takes @JsonProperty on a constant as its name: the schema
    // must offer exactly what Jackson accepts.
    private static EnumChoice choice(FieldInfo constant) {
        return new EnumChoice(nonEmpty(constant.annotation(McpDotNames.JSON_PROPERTY), "value", constant.name()),
                nonEmpty(constant.annotation(McpDotNames.FORM_FIELD), "title", null));
    }

    private static String nonEmpty(AnnotationInstance annotation, String member, String fallback) {
        if (annotation == null || annotation.value(member) == null || annotation.value(member).asString().isEmpty()) {
            return fallback;
        }
        return annotation.value(member).asString();
    }
}
