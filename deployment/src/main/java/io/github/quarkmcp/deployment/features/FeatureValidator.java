package io.github.quarkmcp.deployment.features;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.github.quarkmcp.deployment.McpDotNames;
import io.github.quarkmcp.deployment.ServedMethodBuildItem;
import io.github.quarkmcp.deployment.tools.JavaTypes;
import io.github.quarkmcp.deployment.tools.MethodShapes;
import io.github.quarkmcp.deployment.tools.ToolModel;
import io.github.quarkmcp.deployment.tools.ToolParameterModel;
import io.github.quarkmcp.runtime.completions.CompletionMetadata;
import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;
import io.github.quarkmcp.runtime.prompts.MessagesKind;
import io.github.quarkmcp.runtime.resources.ContentsKind;
import io.github.quarkmcp.runtime.resources.UriTemplate;

/**
 * Checks every {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} and {@code @Complete} method against
 * the rules and turns the valid ones into models. Like the tools' validator, it never stops at the first problem:
 * each message names the rule first, then the method. Inputs are sorted, so messages and models come in the same
 * order in every build.
 */
public final class FeatureValidator {

    /** What a template variable can bind to: a value a string converts to. */
    private static final Set<String> SCALARS = Set.of("java.lang.String", "boolean", "java.lang.Boolean", "byte",
            "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long", "float",
            "java.lang.Float", "double", "java.lang.Double", "char", "java.lang.Character", "java.math.BigInteger",
            "java.math.BigDecimal", "java.util.UUID");

    private final IndexView index;
    private final List<String> errors = new ArrayList<>();
    private final List<ResourceModel> resources = new ArrayList<>();
    private final List<PromptModel> prompts = new ArrayList<>();
    private final List<CompletionModel> completions = new ArrayList<>();

    public FeatureValidator(IndexView index) {
        this.index = index;
    }

    public List<String> errors() {
        return errors;
    }

    public List<ResourceModel> resources() {
        return resources;
    }

    public List<PromptModel> prompts() {
        return prompts;
    }

    public List<CompletionModel> completions() {
        return completions;
    }

    /** Validates every method; completions last, since they refer to prompts and templates. */
    public void validate(List<ServedMethodBuildItem> methods) {
        Map<String, String> uris = new HashMap<>();
        Map<String, String> promptNames = new HashMap<>();
        Map<String, UriTemplate> templates = new HashMap<>();
        List<ServedMethodBuildItem> completeMethods = new ArrayList<>();
        for (ServedMethodBuildItem found : methods) {
            DotName kind = found.annotation().name();
            if (kind.equals(McpDotNames.RESOURCE)) {
                resource(found, uris);
            } else if (kind.equals(McpDotNames.RESOURCE_TEMPLATE)) {
                template(found, uris, templates);
            } else if (kind.equals(McpDotNames.PROMPT)) {
                prompt(found, promptNames);
            } else {
                completeMethods.add(found);
            }
        }
        Map<String, String> completed = new HashMap<>();
        for (ServedMethodBuildItem found : completeMethods) {
            complete(found, templates, completed);
        }
        resources.sort((a, b) -> a.uri().compareTo(b.uri()));
        prompts.sort((a, b) -> a.name().compareTo(b.name()));
    }

    // --- @Resource ---

    private void resource(ServedMethodBuildItem found, Map<String, String> uris) {
        MethodInfo method = found.method();
        String where = ToolModel.describe(method);
        int before = errors.size();
        checkMethod("@Resource", found, where);
        String uri = MethodShapes.stringValue(found.annotation(), "uri", "");
        if (!isUri(uri)) {
            errors.add("@Resource uri must be an absolute URI (with a scheme), but is '" + uri + "': " + where);
        } else {
            unique("@Resource uri", uri, uris, where);
        }
        List<ToolParameterModel> parameters = new ArrayList<>();
        for (int i = 0; i < method.parametersCount(); i++) {
            if (method.parameterType(i).name().equals(McpDotNames.MCP_CONTEXT)) {
                parameters.add(contextParameter(method.parameterType(i)));
            } else {
                errors.add("@Resource method may take no parameter but an McpContext, but parameter " + i + " is "
                        + method.parameterType(i) + " (a URI with variables is a @ResourceTemplate): " + where);
            }
        }
        ContentsKind kind = contentsKind("@Resource", method, where);
        if (errors.size() == before) {
            resources.add(new ResourceModel(uri, false, name(found), text(found, "title"), text(found, "description"),
                    text(found, "mimeType"), kind, served(found, parameters)));
        }
    }

    // --- @ResourceTemplate ---

    private void template(ServedMethodBuildItem found, Map<String, String> uris, Map<String, UriTemplate> templates) {
        MethodInfo method = found.method();
        String where = ToolModel.describe(method);
        int before = errors.size();
        checkMethod("@ResourceTemplate", found, where);
        String text = MethodShapes.stringValue(found.annotation(), "uriTemplate", "");
        UriTemplate template = null;
        try {
            template = UriTemplate.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add("@ResourceTemplate uriTemplate must be an RFC 6570 template of {var} and {+var} expressions,"
                    + " but '" + text + "' is not (" + e.getMessage() + "): " + where);
        }
        if (template != null) {
            unique("@ResourceTemplate uriTemplate", text, uris, where);
        }
        List<ToolParameterModel> parameters = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        for (int i = 0; i < method.parametersCount(); i++) {
            Type type = method.parameterType(i);
            if (type.name().equals(McpDotNames.MCP_CONTEXT)) {
                parameters.add(contextParameter(type));
                continue;
            }
            AnnotationInstance variable = MethodShapes.parameterAnnotation(method, i,
                    McpDotNames.RESOURCE_TEMPLATE_VARIABLE);
            String name = MethodShapes.stringValue(variable, "value", method.parameterName(i));
            if (name == null) {
                errors.add("@ResourceTemplate parameter names must be known: compile with -parameters or set"
                        + " @ResourceTemplate.Variable on parameter " + i + ": " + where);
                continue;
            }
            if (template != null && !template.variables().contains(name)) {
                errors.add("@ResourceTemplate parameter '" + name + "' must be a variable of the template, but "
                        + template.template() + " has " + template.variables() + ": " + where);
            }
            if (!SCALARS.contains(type.name().toString()) && enumClass(type) == null) {
                errors.add("@ResourceTemplate parameter '" + name + "' must be a String, a primitive, a number, a UUID"
                        + " or an enum (a value a string converts to), but is " + type + ": " + where);
            }
            bound.add(name);
            parameters.add(new ToolParameterModel(name, null, type, true, null, false, null));
        }
        if (template != null) {
            for (String variable : template.variables()) {
                if (!bound.contains(variable)) {
                    errors.add("@ResourceTemplate variable '" + variable + "' must be bound to a parameter of the same"
                            + " name (or @ResourceTemplate.Variable): " + where);
                }
            }
        }
        ContentsKind kind = contentsKind("@ResourceTemplate", method, where);
        if (errors.size() == before) {
            templates.put(text, template);
            resources.add(new ResourceModel(text, true, name(found), text(found, "title"), text(found, "description"),
                    text(found, "mimeType"), kind, served(found, parameters)));
        }
    }

    // --- @Prompt ---

    private void prompt(ServedMethodBuildItem found, Map<String, String> names) {
        MethodInfo method = found.method();
        String where = ToolModel.describe(method);
        int before = errors.size();
        checkMethod("@Prompt", found, where);
        String name = name(found);
        unique("@Prompt name", name, names, where);
        List<ToolParameterModel> parameters = new ArrayList<>();
        List<PromptModel.Argument> arguments = new ArrayList<>();
        for (int i = 0; i < method.parametersCount(); i++) {
            Type type = method.parameterType(i);
            if (type.name().equals(McpDotNames.MCP_CONTEXT)) {
                parameters.add(contextParameter(type));
                continue;
            }
            AnnotationInstance promptArg = MethodShapes.parameterAnnotation(method, i, McpDotNames.PROMPT_ARG);
            String argument = MethodShapes.stringValue(promptArg, "name", method.parameterName(i));
            if (argument == null) {
                errors.add("@Prompt parameter names must be known: compile with -parameters or set @PromptArg(name = ...)"
                        + " on parameter " + i + ": " + where);
                continue;
            }
            boolean optional = JavaTypes.isOptional(type) && isString(type.asParameterizedType().arguments().get(0));
            if (!isString(type) && !optional) {
                errors.add("@Prompt argument '" + argument + "' must be a String or an Optional<String> (prompt arguments"
                        + " are text), but is " + type + ": " + where);
            }
            boolean required = !optional && (promptArg == null || promptArg.value("required") == null
                    || promptArg.value("required").asBoolean());
            parameters.add(new ToolParameterModel(argument, null, type, required, null, false, null));
            arguments.add(new PromptModel.Argument(argument, MethodShapes.stringValue(promptArg, "description", null),
                    required));
        }
        MessagesKind kind = messagesKind(method, where);
        if (errors.size() == before) {
            prompts.add(new PromptModel(name, text(found, "title"), text(found, "description"), arguments, kind,
                    served(found, parameters)));
        }
    }

    // --- @Complete ---

    private void complete(ServedMethodBuildItem found, Map<String, UriTemplate> templates, Map<String, String> completed) {
        MethodInfo method = found.method();
        String where = ToolModel.describe(method);
        int before = errors.size();
        checkMethod("@Complete", found, where);
        String prompt = MethodShapes.stringValue(found.annotation(), "prompt", null);
        String template = MethodShapes.stringValue(found.annotation(), "resourceTemplate", null);
        String argument = MethodShapes.stringValue(found.annotation(), "argument", "");
        String refType = null;
        String ref = null;
        if ((prompt == null) == (template == null)) {
            errors.add("@Complete must name exactly one of prompt and resourceTemplate: " + where);
        } else if (prompt != null) {
            refType = "ref/prompt";
            ref = prompt;
            PromptModel target = prompts.stream().filter(p -> p.name().equals(prompt)).findFirst().orElse(null);
            if (target == null) {
                errors.add("@Complete prompt must name a @Prompt, but there is no prompt '" + prompt + "': " + where);
            } else if (target.arguments().stream().noneMatch(a -> a.name().equals(argument))) {
                errors.add("@Complete argument must be an argument of prompt '" + prompt + "', but '" + argument
                        + "' is not: " + where);
            }
        } else {
            refType = "ref/resource";
            ref = template;
            UriTemplate target = templates.get(template);
            if (target == null) {
                errors.add("@Complete resourceTemplate must be the uriTemplate of a @ResourceTemplate, but '" + template
                        + "' is not: " + where);
            } else if (!target.variables().contains(argument)) {
                errors.add("@Complete argument must be a variable of template '" + template + "', but '" + argument
                        + "' is not: " + where);
            }
        }
        if (ref != null) {
            String other = completed.putIfAbsent(refType + " " + ref + " " + argument, where);
            if (other != null) {
                errors.add("@Complete must be unique for an argument, but " + other + " completes '" + argument
                        + "' of '" + ref + "' too: " + where);
            }
        }
        List<ToolParameterModel> parameters = new ArrayList<>();
        int values = 0;
        for (int i = 0; i < method.parametersCount(); i++) {
            Type type = method.parameterType(i);
            if (type.name().equals(McpDotNames.MCP_CONTEXT)) {
                parameters.add(contextParameter(type));
            } else if (isString(type) && values++ == 0) {
                parameters.add(new ToolParameterModel(CompletionMetadata.VALUE, null, type, true, null, false, null));
            } else {
                values = 2; // reported below
            }
        }
        if (values != 1) {
            errors.add("@Complete method must take one String (the value typed so far), and may take an McpContext: "
                    + where);
        }
        Type declared = method.returnType();
        Asynchrony asynchrony = MethodShapes.asynchrony(declared);
        Type result = asynchrony == Asynchrony.NONE ? declared : MethodShapes.firstTypeArgument(declared);
        if (!(JavaTypes.isCollection(result) && result.kind() == Type.Kind.PARAMETERIZED_TYPE
                && isString(result.asParameterizedType().arguments().get(0)))) {
            errors.add("@Complete method must return a List<String> (or a Uni or CompletionStage of one), but returns "
                    + declared + ": " + where);
        }
        if (errors.size() == before) {
            completions.add(new CompletionModel(refType, ref, argument, served(found, parameters)));
        }
    }

    // --- shared ---

    private void checkMethod(String annotation, ServedMethodBuildItem found, String where) {
        MethodInfo method = found.method();
        if (found.bean() == null) {
            errors.add(annotation + " method must be declared on a bean class (a concrete class, not an interface): "
                    + where);
        }
        if (Modifier.isPrivate(method.flags())) {
            errors.add(annotation + " method must not be private: " + where);
        }
        if (Modifier.isStatic(method.flags())) {
            errors.add(annotation + " method must not be static: " + where);
        }
        boolean blocking = method.hasDeclaredAnnotation(McpDotNames.BLOCKING);
        boolean nonBlocking = method.hasDeclaredAnnotation(McpDotNames.NON_BLOCKING);
        if (blocking && nonBlocking) {
            errors.add(annotation + " method must not be both @Blocking and @NonBlocking: " + where);
        }
        long contexts = method.parameterTypes().stream().filter(t -> t.name().equals(McpDotNames.MCP_CONTEXT)).count();
        if (contexts > 1) {
            errors.add(annotation + " method must declare at most one McpContext parameter: " + where);
        }
    }

    private void unique(String what, String value, Map<String, String> seen, String where) {
        String other = seen.putIfAbsent(value, where);
        if (other != null) {
            errors.add(what + " must be unique, but '" + value + "' is also used by " + other + ": " + where);
        }
    }

    private ContentsKind contentsKind(String annotation, MethodInfo method, String where) {
        Type declared = method.returnType();
        Asynchrony asynchrony = MethodShapes.asynchrony(declared);
        Type result = asynchrony == Asynchrony.NONE ? declared : MethodShapes.firstTypeArgument(declared);
        if (isString(result)) {
            return ContentsKind.TEXT;
        }
        if (result.kind() == Type.Kind.ARRAY && result.asArrayType().constituent().name().toString().equals("byte")
                && result.asArrayType().dimensions() == 1) {
            return ContentsKind.BYTES;
        }
        if (result.name().equals(McpDotNames.RESOURCE_CONTENTS)) {
            return ContentsKind.CONTENTS;
        }
        if (JavaTypes.isCollection(result) && result.kind() == Type.Kind.PARAMETERIZED_TYPE
                && result.asParameterizedType().arguments().get(0).name().equals(McpDotNames.RESOURCE_CONTENTS)) {
            return ContentsKind.CONTENTS_LIST;
        }
        if (result.kind() != Type.Kind.VOID && JavaTypes.isStructured(result, index)) {
            return ContentsKind.JSON;
        }
        errors.add(annotation + " method must return String, byte[], ResourceContents, a List<ResourceContents> or a"
                + " record, POJO or map (written as JSON), or a Uni or CompletionStage of one, but returns " + declared
                + ": " + where);
        return null;
    }

    private MessagesKind messagesKind(MethodInfo method, String where) {
        Type declared = method.returnType();
        Asynchrony asynchrony = MethodShapes.asynchrony(declared);
        Type result = asynchrony == Asynchrony.NONE ? declared : MethodShapes.firstTypeArgument(declared);
        if (isString(result)) {
            return MessagesKind.TEXT;
        }
        if (result.name().equals(McpDotNames.PROMPT_MESSAGE)) {
            return MessagesKind.MESSAGE;
        }
        if (JavaTypes.isCollection(result) && result.kind() == Type.Kind.PARAMETERIZED_TYPE
                && result.asParameterizedType().arguments().get(0).name().equals(McpDotNames.PROMPT_MESSAGE)) {
            return MessagesKind.MESSAGE_LIST;
        }
        errors.add("@Prompt method must return String, PromptMessage or a List<PromptMessage> (or a Uni or"
                + " CompletionStage of one), but returns " + declared + ": " + where);
        return null;
    }

    private ServedMethodModel served(ServedMethodBuildItem found, List<ToolParameterModel> parameters) {
        MethodInfo method = found.method();
        Asynchrony asynchrony = MethodShapes.asynchrony(method.returnType());
        ExecutionModel model = MethodShapes.executionModel(asynchrony, method.hasDeclaredAnnotation(McpDotNames.BLOCKING),
                method.hasDeclaredAnnotation(McpDotNames.NON_BLOCKING),
                method.hasDeclaredAnnotation(McpDotNames.RUN_ON_VIRTUAL_THREAD));
        return new ServedMethodModel(found.bean(), method, parameters, asynchrony, model);
    }

    private static ToolParameterModel contextParameter(Type type) {
        return new ToolParameterModel(null, null, type, false, null, true, null);
    }

    private static String name(ServedMethodBuildItem found) {
        return MethodShapes.stringValue(found.annotation(), "name", found.method().name());
    }

    private static String text(ServedMethodBuildItem found, String member) {
        return MethodShapes.stringValue(found.annotation(), member, null);
    }

    private static boolean isString(Type type) {
        return type.name().toString().equals("java.lang.String");
    }

    private static boolean isUri(String text) {
        try {
            return !text.isBlank() && new URI(text).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private ClassInfo enumClass(Type type) {
        ClassInfo info = type.kind() == Type.Kind.CLASS ? index.getClassByName(type.name()) : null;
        return info != null && info.isEnum() ? info : null;
    }
}
