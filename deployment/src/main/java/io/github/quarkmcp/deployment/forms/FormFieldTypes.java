package io.github.quarkmcp.deployment.forms;

import java.util.Map;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * Which Java types a form field may have, and what field each one is. The MCP spec's restricted schema is flat: a
 * field is one string, number, integer, boolean or choice among an enum's constants, or several choices among them.
 */
public final class FormFieldTypes {

    /** What a message says is allowed. */
    public static final String ALLOWED = "String, char, URI, LocalDate, OffsetDateTime, Instant, ZonedDateTime, byte,"
            + " short, int, long, BigInteger, float, double, BigDecimal, boolean (or their boxes), an enum, a Set, List"
            + " or EnumSet of an enum, or an Optional of one of these";

    private static final String OPTIONAL = "java.util.Optional";
    private static final Set<String> MULTIPLE_CHOICES = Set.of("java.util.Set", "java.util.List", "java.util.EnumSet");

    /** The single-value types by name, and the field each makes. */
    private static final Map<String, FieldKind> KINDS = Map.ofEntries(
            Map.entry("java.lang.String", FieldKind.STRING), Map.entry("char", FieldKind.STRING),
            Map.entry("java.lang.Character", FieldKind.STRING), Map.entry("java.net.URI", FieldKind.STRING),
            Map.entry("java.time.LocalDate", FieldKind.STRING), Map.entry("java.time.OffsetDateTime", FieldKind.STRING),
            Map.entry("java.time.Instant", FieldKind.STRING), Map.entry("java.time.ZonedDateTime", FieldKind.STRING),
            Map.entry("byte", FieldKind.INTEGER), Map.entry("java.lang.Byte", FieldKind.INTEGER),
            Map.entry("short", FieldKind.INTEGER), Map.entry("java.lang.Short", FieldKind.INTEGER),
            Map.entry("int", FieldKind.INTEGER), Map.entry("java.lang.Integer", FieldKind.INTEGER),
            Map.entry("long", FieldKind.INTEGER), Map.entry("java.lang.Long", FieldKind.INTEGER),
            Map.entry("java.math.BigInteger", FieldKind.INTEGER),
            Map.entry("float", FieldKind.NUMBER), Map.entry("java.lang.Float", FieldKind.NUMBER),
            Map.entry("double", FieldKind.NUMBER), Map.entry("java.lang.Double", FieldKind.NUMBER),
            Map.entry("java.math.BigDecimal", FieldKind.NUMBER),
            Map.entry("boolean", FieldKind.BOOLEAN), Map.entry("java.lang.Boolean", FieldKind.BOOLEAN));

    /** The types whose JSON form is a string of a fixed {@code format}: Jackson writes and reads them so. */
    private static final Map<String, String> IMPLIED_FORMATS = Map.of("java.net.URI", "uri", "java.time.LocalDate",
            "date", "java.time.OffsetDateTime", "date-time", "java.time.Instant", "date-time",
            "java.time.ZonedDateTime", "date-time");

    private final IndexView index;

    public FormFieldTypes(IndexView index) {
        this.index = index;
    }

    /** The field a component of this type is, or {@code null} if a form cannot have it (see {@link #whyNot}). */
    public FieldType classify(Type type) {
        boolean optional = type.name().toString().equals(OPTIONAL);
        Type value = type;
        if (optional) {
            if (type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
                return null;
            }
            value = type.asParameterizedType().arguments().get(0);
            if (value.name().toString().equals(OPTIONAL)) {
                return null;
            }
        }
        String name = value.name().toString();
        if (value.kind() == Type.Kind.PRIMITIVE || value.kind() == Type.Kind.CLASS) {
            FieldKind kind = KINDS.get(name);
            if (kind != null) {
                return new FieldType(kind, value, optional, IMPLIED_FORMATS.get(name), null);
            }
            ClassInfo enumClass = enumClass(value);
            return enumClass == null ? null : new FieldType(FieldKind.SINGLE_SELECT, value, optional, null, enumClass);
        }
        if (value.kind() == Type.Kind.PARAMETERIZED_TYPE && MULTIPLE_CHOICES.contains(name)) {
            ClassInfo enumClass = enumClass(value.asParameterizedType().arguments().get(0));
            return enumClass == null ? null : new FieldType(FieldKind.MULTI_SELECT, value, optional, null, enumClass);
        }
        return null;
    }

    /** Why a form cannot have a component of this type, which {@link #classify} refused: a hint for the message. */
    public String whyNot(Type type) {
        String name = type.name().toString();
        if (name.equals(OPTIONAL)) {
            if (type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
                return "a raw Optional needs a type argument";
            }
            Type value = type.asParameterizedType().arguments().get(0);
            return value.name().toString().equals(OPTIONAL) ? "an Optional of an Optional says nothing more"
                    : whyNot(value);
        }
        switch (type.kind()) {
            case ARRAY:
                return "a multiple choice is a Set, List or EnumSet of an enum, not an array";
            case PARAMETERIZED_TYPE:
                if (MULTIPLE_CHOICES.contains(name)) {
                    return "a multiple choice is a Set, List or EnumSet of an enum, not of "
                            + type.asParameterizedType().arguments().get(0);
                }
                if (isMap(name)) {
                    return "a form is flat: a map cannot be a field";
                }
                if (isCollection(name)) {
                    return "a multiple choice is a Set, List or EnumSet of an enum, not a " + name;
                }
                return "a form is flat: a generic type cannot be a field";
            case CLASS:
                if (MULTIPLE_CHOICES.contains(name) || isCollection(name) || isMap(name)) {
                    return "a raw " + name + " needs a type argument";
                }
                if (name.equals("java.time.LocalDateTime") || name.equals("java.time.LocalTime")) {
                    return "the spec's date-time has an offset: use OffsetDateTime, Instant or ZonedDateTime";
                }
                ClassInfo info = index.getClassByName(type.name());
                if (info != null && !name.startsWith("java.")) {
                    return "a form is flat: a record or class cannot be a field";
                }
                return name + " is not among the types a form field may have";
            default:
                return "a type variable or wildcard has no field the build can know";
        }
    }

    private static boolean isMap(String name) {
        return name.startsWith("java.util.") && name.endsWith("Map");
    }

    private static boolean isCollection(String name) {
        return name.startsWith("java.util.") && (name.endsWith("List") || name.endsWith("Set")
                || name.endsWith("Queue") || name.endsWith("Deque") || name.equals("java.util.Collection"));
    }

    private ClassInfo enumClass(Type type) {
        if (type.kind() != Type.Kind.CLASS) {
            return null;
        }
        ClassInfo info = index.getClassByName(type.name());
        return info != null && info.isEnum() ? info : null;
    }
}
