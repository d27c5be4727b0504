package io.github.quarkmcp.deployment.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code default} of a form field, from the text of {@code @ToolArg(defaultValue)}. The client shows it filled
 * in, and the user may send it back unchanged: a default the record cannot be read from, or one the field's own
 * schema refuses, would fail that answer, so the build refuses it.
 * <p>
 * The text is the value itself for strings and single choices, JSON for numbers and integers, {@code true} or
 * {@code false} for booleans, and the choices separated by commas for a multiple choice ({@code "RED, GREEN"}).
 */
public final class FormDefaults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Strict: "5 6" is not one number. Decimals are read as BigDecimal so that no digit of the developer's is lost.
    private final ObjectReader strictJson = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The default as JSON, or {@code null} if {@code text} is no value of the field.
     *
     * @param format the field's {@code format}, set or implied, or {@code null}
     */
    public JsonNode parse(FieldType type, String format, List<EnumChoice> choices, String text) {
        switch (type.kind()) {
            case STRING:
                return isString(type, format, text) ? NODES.textNode(text) : null;
            case INTEGER:
                JsonNode integer = json(text);
                return integer != null && integer.isIntegralNumber() && fits(type, integer.bigIntegerValue()) ? integer
                        : null;
            case NUMBER:
                JsonNode number = json(text);
                return number != null && number.isNumber() && isFinite(type, number) ? number : null;
            case BOOLEAN:
                return text.equals("true") || text.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(text))
                        : null;
            case SINGLE_SELECT:
                return isChoice(choices, text) ? NODES.textNode(text) : null;
            case MULTI_SELECT:
                ArrayNode selected = NODES.arrayNode();
                if (text.isBlank()) {
                    return selected;
                }
                for (String item : text.split(",", -1)) {
                    if (!isChoice(choices, item.trim())) {
                        return null;
                    }
                    selected.add(item.trim());
                }
                return selected;
            default:
                throw new IllegalArgumentException(type.kind().toString());
        }
    }

    /** What a default of the field must be, for the message that refuses one. */
    public String expectation(FieldType type, String format, List<EnumChoice> choices) {
        switch (type.kind()) {
            case STRING:
                if (isCharacter(type)) {
                    return "one character";
                }
                if (format == null) {
                    return "a string";
                }
                switch (format) {
                    case "uri":
                        return "an absolute URI";
                    case "date":
                        return "a date (RFC 3339 full-date, such as 2026-12-01)";
                    case "date-time":
                        return "a date-time with an offset (RFC 3339, such as 2026-12-01T10:15:30Z)";
                    default:
                        return "an email address";
                }
            case INTEGER:
                return type.valueType().name().toString().equals("java.math.BigInteger") ? "an integer"
                        : "an integer that fits " + type.valueType();
            case NUMBER:
                return "a finite number";
            case BOOLEAN:
                return "true or false";
            case SINGLE_SELECT:
                return "one of " + EnumChoices.describe(choices) + " (the values of " + type.enumClass().name() + ")";
            default:
                return "values separated by commas, each one of " + EnumChoices.describe(choices) + " (the values of "
                        + type.enumClass().name() + ")";
        }
    }

    /**
     * The bounds {@code value} breaks, as {@code maximum 10}, or {@code null} if it keeps them all.
     *
     * @param boundsByKeyword the field's bounds by JSON Schema keyword, see {@link FormFieldModel}
     */
    public static String brokenBounds(JsonNode value, Map<String, Long> boundsByKeyword) {
        StringBuilder broken = new StringBuilder();
        boundsByKeyword.forEach((keyword, bound) -> {
            BigDecimal measure = measure(value, keyword);
            boolean least = keyword.startsWith("min");
            int comparison = measure.compareTo(BigDecimal.valueOf(bound));
            if (least ? comparison < 0 : comparison > 0) {
                broken.append(broken.length() > 0 ? ", " : "").append(keyword).append(' ').append(bound);
            }
        });
        return broken.length() == 0 ? null : broken.toString();
    }

    /** What a bound measures: the length of a string, the count of choices, or the number itself. */
    private static BigDecimal measure(JsonNode value, String keyword) {
        if (keyword.endsWith("Length")) {
            // JSON Schema counts characters, not UTF-16 units.
            return BigDecimal.valueOf(value.asText().codePointCount(0, value.asText().length()));
        }
        if (keyword.endsWith("Items")) {
            return BigDecimal.valueOf(value.size());
        }
        return value.decimalValue();
    }

    private static boolean isString(FieldType type, String format, String text) {
        if (isCharacter(type)) {
            return text.length() == 1;
        }
        if (format == null) {
            return true;
        }
        switch (format) {
            case "uri":
                try {
                    return new URI(text).isAbsolute();
                } catch (URISyntaxException e) {
                    return false;
                }
            case "date":
                try {
                    LocalDate.parse(text);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            case "date-time":
                // What RFC 3339 (and so the format) allows, and Jackson reads for each of the date-time types.
                try {
                    OffsetDateTime.parse(text);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            default:
                int at = text.indexOf('@');
                return at > 0 && at == text.lastIndexOf('@') && at < text.length() - 1;
        }
    }

    private static boolean isCharacter(FieldType type) {
        String name = type.valueType().name().toString();
        return name.equals("char") || name.equals("java.lang.Character");
    }

    private static boolean fits(FieldType type, BigInteger value) {
        switch (type.valueType().name().toString()) {
            case "byte":
            case "java.lang.Byte":
                return within(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case "short":
            case "java.lang.Short":
                return within(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case "int":
            case "java.lang.Integer":
                return within(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "long":
            case "java.lang.Long":
                return within(value, Long.MIN_VALUE, Long.MAX_VALUE);
            default:
                return true;
        }
    }

    private static boolean within(BigInteger value, long least, long greatest) {
        return value.compareTo(BigInteger.valueOf(least)) >= 0 && value.compareTo(BigInteger.valueOf(greatest)) <= 0;
    }

    private static boolean isFinite(FieldType type, JsonNode number) {
        switch (type.valueType().name().toString()) {
            case "float":
            case "java.lang.Float":
                return Float.isFinite(number.floatValue());
            case "double":
            case "java.lang.Double":
                return Double.isFinite(number.doubleValue());
            default:
                return true;
        }
    }

    private static boolean isChoice(List<EnumChoice> choices, String text) {
        return choices.stream().anyMatch(choice -> choice.value().equals(text));
    }

    private JsonNode json(String text) {
        try {
            JsonNode value = strictJson.readTree(text);
            return value == null || value.isMissingNode() ? null : value;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
