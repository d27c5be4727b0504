package io.github.quarkmcp.deployment.tools;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the build needs to know about Java types: which ones a tool argument may have, how Jackson names them, and
 * how a result of that type is shaped.
 */
public final class JavaTypes {

    /** Types written as a JSON string: an argument default for them is the text itself. */
    private static final Set<String> STRING_LIKE = Set.of("java.lang.String", "java.lang.Character", "char",
            "java.util.UUID", "java.net.URI", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration");

    /** JDK value types Jackson reads and writes without help. */
    private static final Set<String> JDK_VALUES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.net.URI",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime",
            "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration");

    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.SortedSet", "java.util.TreeSet");

    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.SortedMap", "java.util.TreeMap");

    private static final String OPTIONAL = "java.util.Optional";

    private JavaTypes() {
    }

    public static boolean isOptional(Type type) {
        return type.name().toString().equals(OPTIONAL);
    }

    /**
     * Whether a JSON value has the shape Jackson needs to read it as {@code type}: a default value that does not
     * would fail every call that omits the argument, so the build refuses it.
     */
    public static boolean fits(Type type, JsonNode value, IndexView index) {
        String name = type.name().toString();
        if (value.isNull()) {
            return type.kind() != Type.Kind.PRIMITIVE;
        }
        switch (name) {
            case "boolean":
            case "java.lang.Boolean":
                return value.isBoolean();
            case "byte":
            case "short":
            case "int":
            case "long":
            case "java.lang.Byte":
            case "java.lang.Short":
            case "java.lang.Integer":
            case "java.lang.Long":
            case "java.math.BigInteger":
                return value.isIntegralNumber();
            case "float":
            case "double":
            case "java.lang.Float":
            case "java.lang.Double":
            case "java.math.BigDecimal":
                return value.isNumber();
            default:
                break;
        }
        if (STRING_LIKE.contains(name)) {
            return value.isTextual();
        }
        if (type.kind() == Type.Kind.ARRAY) {
            return elementsFit(type.asArrayType().constituent(), value, index);
        }
        if (COLLECTIONS.contains(name)) {
            return type.kind() == Type.Kind.PARAMETERIZED_TYPE
                    && elementsFit(type.asParameterizedType().arguments().get(0), value, index);
        }
        if (name.equals(OPTIONAL)) {
            return fits(type.asParameterizedType().arguments().get(0), value, index);
        }
        ClassInfo info = index.getClassByName(type.name());
        if (info != null && info.isEnum()) {
            return value.isTextual() && hasEnumConstant(info, value.asText());
        }
        return value.isObject(); // maps, records and POJOs
    }

    public static boolean hasEnumConstant(ClassInfo enumClass, String name) {
        return enumClass.enumConstants().stream().anyMatch(constant -> constant.name().equals(name));
    }

    private static boolean elementsFit(Type element, JsonNode value, IndexView index) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!fits(element, item, index)) {
                return false;
            }
        }
        return true;
    }

    /** A class that can have instances: neither an interface nor abstract. */
    public static boolean isConcrete(ClassInfo type) {
        return !type.isInterface() && !Modifier.isAbstract(type.flags());
    }

    public static boolean isCollection(Type type) {
        return COLLECTIONS.contains(type.name().toString());
    }

    public static boolean isStringLike(Type type) {
        return STRING_LIKE.contains(type.name().toString());
    }

    /**
     * Why {@code type} cannot be a tool argument, or {@code null} if it can. Arguments are decoded from JSON by
     * Jackson and described by a JSON Schema, so a type must have a JSON shape the build can know.
     */
    public static String unsupportedArgumentReason(Type type, IndexView index) {
        switch (type.kind()) {
            case PRIMITIVE:
                return null;
            case ARRAY:
                Type component = type.asArrayType().constituent();
                if (component.kind() == Type.Kind.PARAMETERIZED_TYPE) {
                    return "an array of a generic type cannot be decoded; use a List";
                }
                return unsupportedArgumentReason(component, index);
            case CLASS:
                return unsupportedClassReason(type.name(), index);
            case PARAMETERIZED_TYPE:
                String raw = type.name().toString();
                List<Type> arguments = type.asParameterizedType().arguments();
                if (COLLECTIONS.contains(raw) || raw.equals(OPTIONAL)) {
                    return unsupportedArgumentReason(arguments.get(0), index);
                }
                if (MAPS.contains(raw)) {
                    if (!arguments.get(0).name().toString().equals("java.lang.String")) {
                        return "a map's keys must be String, because JSON object keys are strings";
                    }
                    return unsupportedArgumentReason(arguments.get(1), index);
                }
                return "generic type " + raw + " is not supported; use a List, Set, Map<String, T>, Optional or a record";
            default:
                return "type " + type + " has no JSON shape the build can know (type variables and wildcards are not supported)";
        }
    }

    private static String unsupportedClassReason(DotName name, IndexView index) {
        String className = name.toString();
        if (JDK_VALUES.contains(className)) {
            return null;
        }
        if (COLLECTIONS.contains(className) || MAPS.contains(className) || className.equals(OPTIONAL)) {
            return "raw type " + className + " needs a type argument";
        }
        if (className.equals("java.lang.Object")) {
            return "java.lang.Object has no JSON shape; use a concrete type";
        }
        ClassInfo info = index.getClassByName(name);
        if (info == null) {
            return className.startsWith("java.") || className.startsWith("javax.")
                    ? "JDK type " + className + " is not a JSON value"
                    : "class " + className + " is not in the index";
        }
        if (info.isEnum() || info.isRecord()) {
            return null;
        }
        if (!isConcrete(info)) {
            return "interface or abstract class " + className + " cannot be created from JSON";
        }
        if (className.startsWith("java.") || className.startsWith("javax.")) {
            return "JDK type " + className + " is not a JSON value";
        }
        return null;
    }

    /**
     * The type as Jackson's {@code TypeFactory.constructFromCanonical} reads it, e.g.
     * {@code java.util.Map<java.lang.String,org.acme.Item>}; arrays in JVM form ({@code [Ljava.lang.String;}).
     */
    public static String canonicalName(Type type) {
        switch (type.kind()) {
            case PRIMITIVE:
            case CLASS:
                return type.name().toString();
            case ARRAY:
                return descriptorName(type);
            case PARAMETERIZED_TYPE:
                StringBuilder name = new StringBuilder(type.name().toString()).append('<');
                List<Type> arguments = type.asParameterizedType().arguments();
                for (int i = 0; i < arguments.size(); i++) {
                    name.append(i > 0 ? "," : "").append(canonicalName(arguments.get(i)));
                }
                return name.append('>').toString();
            default:
                throw new IllegalArgumentException("No canonical name for " + type);
        }
    }

    private static String descriptorName(Type array) {
        StringBuilder name = new StringBuilder();
        Type element = array;
        while (element.kind() == Type.Kind.ARRAY) {
            name.append('[');
            element = element.asArrayType().constituent();
        }
        if (element.kind() == Type.Kind.PRIMITIVE) {
            return name.append(primitiveCode(element.asPrimitiveType().primitive())).toString();
        }
        return name.append('L').append(element.name()).append(';').toString();
    }

    private static char primitiveCode(PrimitiveType.Primitive primitive) {
        switch (primitive) {
            case BOOLEAN:
                return 'Z';
            case BYTE:
                return 'B';
            case SHORT:
                return 'S';
            case INT:
                return 'I';
            case LONG:
                return 'J';
            case FLOAT:
                return 'F';
            case DOUBLE:
                return 'D';
            case CHAR:
                return 'C';
            default:
                throw new IllegalArgumentException(primitive.toString());
        }
    }

    /** The classes a type names (its raw class and those of its type arguments and array elements). */
    public static List<String> classNames(Type type) {
        List<String> names = new ArrayList<>();
        collectClassNames(type, names);
        return names;
    }

    private static void collectClassNames(Type type, List<String> names) {
        switch (type.kind()) {
            case CLASS:
                names.add(type.name().toString());
                break;
            case ARRAY:
                collectClassNames(type.asArrayType().constituent(), names);
                break;
            case PARAMETERIZED_TYPE:
                names.add(type.name().toString());
                type.asParameterizedType().arguments().forEach(argument -> collectClassNames(argument, names));
                break;
            default:
                break;
        }
    }

    /**
     * Whether a result of this type is an object that clients get as {@code structuredContent} with an
     * {@code outputSchema}: a record, a POJO or a map with string keys.
     */
    public static boolean isStructured(Type type, IndexView index) {
        String name = type.name().toString();
        if (MAPS.contains(name)) {
            return true;
        }
        if (type.kind() != Type.Kind.CLASS || JDK_VALUES.contains(name) || name.startsWith("java.")
                || name.startsWith("javax.")) {
            return false;
        }
        ClassInfo info = index.getClassByName(type.name());
        return info == null || !info.isEnum();
    }
}
