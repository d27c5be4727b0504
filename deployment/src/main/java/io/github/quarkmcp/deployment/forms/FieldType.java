package io.github.quarkmcp.deployment.forms;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.Type;

/**
 * What a record component's Java type makes of a form field.
 *
 * @param kind the kind of field
 * @param valueType the type of the value, without its {@code Optional}
 * @param optional whether the component is an {@code Optional}, so never required
 * @param impliedFormat the {@code format} the type itself fixes ({@code uri} for {@code URI}), or {@code null}
 * @param enumClass for a single or multiple choice, the enum its choices are the constants of; else {@code null}
 */
public record FieldType(FieldKind kind, Type valueType, boolean optional, String impliedFormat, ClassInfo enumClass) {
}
