package io.github.quarkmcp.deployment.tools;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.McpDotNames;
import io.github.quarkmcp.deployment.ServedMethodBuildItem;
import io.github.quarkmcp.runtime.json.JsonStrings;
import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;
import io.github.quarkmcp.runtime.tools.ResultKind;
import io.quarkus.runtime.configuration.DurationConverter;

/**
 * Checks every {@code @Tool} method against the rules and turns the valid ones into {@link ToolModel}s. It never
 * stops at the first problem: the developer sees every one in a single build, each message naming the rule first
 * and then the method.
 */
public final class ToolValidator {

    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    /** An HTTP field-name token (RFC 9110 {@code 1*tchar}): what {@code x-mcp-header} must be. */
    private static final Pattern HEADER_TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    /** The argument types a header can carry: the spec allows strings, integers and booleans, not numbers. */
    private static final Set<String> HEADER_TYPES = Set.of("java.lang.String", "boolean", "java.lang.Boolean", "byte",
            "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long",
            "java.math.BigInteger");
    private static final String[] HINTS = { "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint" };

    private final IndexView index;
    // Strict: "" and "5 6" are not one JSON value.
    private final ObjectReader strictJson = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final List<String> errors = new ArrayList<>();

    public ToolValidator(IndexView index) {
        this.index = index;
    }

    /** The problems found so far, one message each. */
    public List<String> errors() {
        return errors;
    }

    /** The valid tools among {@code methods}, sorted by name so that two builds produce the same output. */
    public List<ToolModel> validate(List<ServedMethodBuildItem> methods) {
        Map<String, MethodInfo> byName = new HashMap<>();
        List<ToolModel> valid = new ArrayList<>();
        for (ServedMethodBuildItem found : methods) {
            MethodInfo method = found.method();
            String where = ToolModel.describe(method);
            String name = MethodShapes.stringValue(found.annotation(), "name", method.name());
            int errorsBefore = errors.size();

            if (found.bean() == null) {
                errors.add("@Tool method must be declared on a bean class (a concrete class, not an interface): " + where);
            }
            if (Modifier.isPrivate(method.flags())) {
                errors.add("@Tool method must not be private: " + where);
            }
            if (Modifier.isStatic(method.flags())) {
                errors.add("@Tool method must not be static: " + where);
            }
            if (!TOOL_NAME.matcher(name).matches()) {
                errors.add("@Tool name must match [A-Za-z0-9_.-]{1,128}, but is '" + name + "': " + where);
            }
            MethodInfo sameName = byName.putIfAbsent(name, method);
            if (sameName != null) {
                errors.add("@Tool name must be unique, but '" + name + "' is also used by "
                        + ToolModel.describe(sameName) + ": " + where);
            }
            boolean blocking = method.hasDeclaredAnnotation(McpDotNames.BLOCKING);
            boolean nonBlocking = method.hasDeclaredAnnotation(McpDotNames.NON_BLOCKING);
            if (blocking && nonBlocking) {
                errors.add("@Tool method must not be both @Blocking and @NonBlocking: " + where);
            }
            boolean virtualThread = method.hasDeclaredAnnotation(McpDotNames.RUN_ON_VIRTUAL_THREAD);
            if (virtualThread && nonBlocking) {
                errors.add("@Tool method must not be both @NonBlocking and @RunOnVirtualThread: " + where);
            }
            if (virtualThread && Runtime.version().feature() < 21) {
                errors.add("@Tool method with @RunOnVirtualThread needs Java 21 or newer, but the build runs on Java "
                        + Runtime.version().feature() + ": " + where);
            }
            String explicitInputSchema = explicitInputSchema(found.annotation(), where);
            List<ToolParameterModel> parameters = parameters(method, where);
            checkHeaders(parameters, explicitInputSchema != null, where);
            List<String> requiredCapabilities = requiredClientCapabilities(found.annotation(), where);
            long timeoutMillis = timeoutMillis(found.annotation(), where);
            if (errors.size() > errorsBefore) {
                continue;
            }
            Type declared = method.returnType();
            Asynchrony asynchrony = MethodShapes.asynchrony(declared);
            Type result = asynchrony == Asynchrony.NONE ? declared : MethodShapes.firstTypeArgument(declared);
            ExecutionModel model = MethodShapes.executionModel(asynchrony, blocking, nonBlocking, virtualThread);
            valid.add(new ToolModel(name, MethodShapes.stringValue(found.annotation(), "title", null),
                    MethodShapes.stringValue(found.annotation(), "description", null), explicitInputSchema, hints(found.annotation()),
                    found.bean(), method,
                    parameters, result, asynchrony, resultKind(result), model, requiredCapabilities, timeoutMillis));
        }
        valid.sort((a, b) -> a.name().compareTo(b.name()));
        return valid;
    }

    /** The written-out input schema, compacted, or null; it must be one JSON object of type object. */
    private String explicitInputSchema(AnnotationInstance tool, String where) {
        String text = MethodShapes.stringValue(tool, "inputSchema", null);
        if (text == null) {
            return null;
        }
        JsonNode schema;
        try {
            schema = strictJson.readTree(text);
        } catch (JsonProcessingException e) {
            schema = null;
        }
        if (schema == null || !schema.isObject() || !"object".equals(schema.path("type").asText(null))) {
            errors.add("@Tool inputSchema must be a JSON object with \"type\": \"object\": " + where);
            return null;
        }
        return schema.toString();
    }


    private List<ToolParameterModel> parameters(MethodInfo method, String where) {
        List<ToolParameterModel> parameters = new ArrayList<>();
        Set<String> argumentNames = new HashSet<>();
        boolean seenContext = false;
        for (int i = 0; i < method.parametersCount(); i++) {
            Type type = method.parameterType(i);
            if (type.name().equals(McpDotNames.MCP_CONTEXT)) {
                if (seenContext) {
                    errors.add("@Tool method must declare at most one McpContext parameter: " + where);
                }
                seenContext = true;
                parameters.add(new ToolParameterModel(null, null, type, false, null, true, null));
                continue;
            }
            AnnotationInstance toolArg = MethodShapes.parameterAnnotation(method, i, McpDotNames.TOOL_ARG);
            String name = MethodShapes.stringValue(toolArg, "name", method.parameterName(i));
            if (name == null) {
                errors.add("@Tool method parameter names must be known: compile with -parameters or set @ToolArg(name = ...)"
                        + " on parameter " + i + ": " + where);
                continue;
            }
            if (!argumentNames.add(name)) {
                errors.add("@Tool argument names must be unique, but '" + name + "' is used twice: " + where);
            }
            String unsupported = JavaTypes.unsupportedArgumentReason(type, index);
            if (unsupported != null) {
                errors.add("@Tool argument type is not supported (" + unsupported + ") for argument '" + name + "': "
                        + where);
                continue;
            }
            String defaultJson = defaultJson(toolArg, type, name, where);
            boolean required = defaultJson == null && !JavaTypes.isOptional(type)
                    && (toolArg == null || toolArg.value("required") == null || toolArg.value("required").asBoolean());
            parameters.add(new ToolParameterModel(name, MethodShapes.stringValue(toolArg, "description", null), type, required,
                    defaultJson, false, MethodShapes.stringValue(toolArg, "header", null)));
        }
        return parameters;
    }

    /** The rules of {@code x-mcp-header} (2026-07-28, Streamable HTTP), checked so that no client drops the tool. */
    private void checkHeaders(List<ToolParameterModel> parameters, boolean explicitInputSchema, String where) {
        Map<String, String> argumentByHeader = new HashMap<>();
        for (ToolParameterModel parameter : parameters) {
            String header = parameter.header();
            if (header == null) {
                continue;
            }
            String argument = "'" + parameter.name() + "'";
            if (explicitInputSchema) {
                errors.add("@ToolArg header cannot be combined with @Tool inputSchema (write \"x-mcp-header\" into the"
                        + " schema's property instead) for argument " + argument + ": " + where);
            }
            if (!HEADER_TOKEN.matcher(header).matches()) {
                errors.add("@ToolArg header must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~), but is '"
                        + header + "' for argument " + argument + ": " + where);
            }
            String other = argumentByHeader.putIfAbsent(header.toLowerCase(Locale.ROOT), parameter.name());
            if (other != null) {
                errors.add("@ToolArg header must be unique in a tool (ignoring case), but '" + header
                        + "' is also the header of argument '" + other + "' for argument " + argument + ": " + where);
            }
            Type type = JavaTypes.isOptional(parameter.type()) ? parameter.type().asParameterizedType().arguments().get(0)
                    : parameter.type();
            if (!HEADER_TYPES.contains(type.name().toString())) {
                errors.add("@ToolArg header is only for string, integer and boolean arguments, but argument " + argument
                        + " is " + parameter.type() + ": " + where);
            }
        }
    }

    /** {@code @Tool(timeout)} in milliseconds, {@code 0} when not set; a duration that does not parse is an error. */
    private long timeoutMillis(AnnotationInstance tool, String where) {
        String text = MethodShapes.stringValue(tool, "timeout", "");
        if (text.isBlank()) {
            return 0;
        }
        Duration timeout;
        try {
            timeout = DurationConverter.parseDuration(text.trim());
        } catch (IllegalArgumentException e) {
            timeout = null;
        }
        if (timeout == null || timeout.isNegative() || timeout.toMillis() < 1) {
            errors.add("@Tool timeout must be a positive duration such as \"30s\", \"5m\" or \"PT1H\", but is \""
                    + text + "\": " + where);
            return 0;
        }
        return timeout.toMillis();
    }

    private List<String> requiredClientCapabilities(AnnotationInstance tool, String where) {
        AnnotationValue value = tool.value("requiredClientCapabilities");
        List<String> capabilities = new ArrayList<>();
        if (value == null) {
            return capabilities;
        }
        for (String capability : value.asStringArray()) {
            if (capability.isBlank()) {
                errors.add("@Tool requiredClientCapabilities must name capabilities, but one is blank: " + where);
            } else if (!capabilities.contains(capability)) {
                capabilities.add(capability);
            }
        }
        return List.copyOf(capabilities);
    }

    private String defaultJson(AnnotationInstance toolArg, Type type, String name, String where) {
        AnnotationValue value = toolArg == null ? null : toolArg.value("defaultValue");
        if (value == null || value.asString().equals(ToolArg.NO_DEFAULT)) {
            return null;
        }
        String text = value.asString();
        Type valueType = JavaTypes.isOptional(type) ? type.asParameterizedType().arguments().get(0) : type;
        ClassInfo enumClass = enumClass(valueType);
        if (enumClass != null) {
            if (!JavaTypes.hasEnumConstant(enumClass, text)) {
                errors.add("@ToolArg defaultValue must be a constant of " + enumClass.name() + ", but is '" + text
                        + "' for argument '" + name + "': " + where);
            }
            return JsonStrings.quote(text);
        }
        if (JavaTypes.isStringLike(valueType)) {
            return JsonStrings.quote(text);
        }
        JsonNode parsed;
        try {
            parsed = strictJson.readTree(text);
        } catch (JsonProcessingException e) {
            parsed = null;
        }
        if (parsed == null || parsed.isMissingNode() || !JavaTypes.fits(valueType, parsed, index)) {
            errors.add("@ToolArg defaultValue must be JSON for an argument of type " + type + ", but is '" + text
                    + "' for argument '" + name + "': " + where);
            return null;
        }
        return text;
    }

    private ClassInfo enumClass(Type type) {
        ClassInfo info = type.kind() == Type.Kind.CLASS ? index.getClassByName(type.name()) : null;
        return info != null && info.isEnum() ? info : null;
    }

    private ResultKind resultKind(Type result) {
        String name = result.name().toString();
        if (result.kind() == Type.Kind.VOID || name.equals("java.lang.Void")) {
            return ResultKind.VOID;
        }
        if (result.name().equals(McpDotNames.TOOL_RESULT)) {
            return ResultKind.TOOL_RESULT;
        }
        if (isContent(result)) {
            return ResultKind.CONTENT;
        }
        if (result.kind() == Type.Kind.PARAMETERIZED_TYPE && JavaTypes.isCollection(result)
                && isContent(result.asParameterizedType().arguments().get(0))) {
            return ResultKind.CONTENT_LIST;
        }
        if (name.equals("java.lang.String")) {
            return ResultKind.TEXT;
        }
        return JavaTypes.isStructured(result, index) ? ResultKind.STRUCTURED : ResultKind.JSON_TEXT;
    }

    /** {@code Content} or one of its (sealed, final) kinds. */
    private static boolean isContent(Type type) {
        Type element = type.kind() == Type.Kind.WILDCARD_TYPE ? type.asWildcardType().extendsBound() : type;
        return McpDotNames.CONTENT_TYPES.contains(element.name());
    }



    private static Map<String, Boolean> hints(AnnotationInstance tool) {
        Map<String, Boolean> hints = new LinkedHashMap<>();
        AnnotationValue annotations = tool.value("annotations");
        if (annotations == null) {
            return hints;
        }
        AnnotationInstance nested = annotations.asNested();
        for (String hint : HINTS) {
            AnnotationValue value = nested.value(hint);
            if (value != null && !value.asEnum().equals("UNSET")) {
                hints.put(hint, value.asEnum().equals("TRUE"));
            }
        }
        return hints;
    }


}
