package io.github.quarkmcp.deployment.tools;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.Type;

import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

/**
 * JSON Schemas (2020-12) for tool arguments and results, generated once at build time by the victools generator
 * with its Jackson module, so a schema names properties exactly as Jackson reads and writes them. The generator
 * needs the classes themselves, which the build loads through the deployment class loader; it never reaches the
 * running application.
 */
public final class ToolSchemas {

    private static final String DEFS = "$defs";

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaGenerator generator;
    private final TypeResolver resolver = new TypeResolver();
    private final ClassLoader classLoader;

    public ToolSchemas(ClassLoader classLoader) {
        this.classLoader = classLoader;
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(json, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(Option.FLATTENED_ENUMS, Option.FLATTENED_OPTIONALS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // Jackson reads a byte from a JSON number, whatever the generator's default says.
        config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
            Class<?> erased = javaType.getErasedType();
            return erased == byte.class || erased == Byte.class
                    ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "integer")
                            .put("minimum", Byte.MIN_VALUE).put("maximum", Byte.MAX_VALUE))
                    : null;
        });
        this.generator = new SchemaGenerator(config.build());
    }

    /**
     * The {@code inputSchema} of a tool: an object with one property per argument, {@code required} listing those
     * without default that are not {@code Optional}, and the definitions the properties share under {@code $defs}.
     */
    public ObjectNode inputSchema(List<ToolParameterModel> parameters) {
        SchemaBuilder builder = generator.buildMultipleSchemaDefinitions();
        List<ToolParameterModel> arguments = new ArrayList<>();
        List<ObjectNode> references = new ArrayList<>();
        for (ToolParameterModel parameter : parameters) {
            if (!parameter.context()) {
                arguments.add(parameter);
                // An Optional argument is described by its value's schema; being optional shows in "required".
                Type described = JavaTypes.isOptional(parameter.type())
                        ? parameter.type().asParameterizedType().arguments().get(0)
                        : parameter.type();
                references.add(builder.createSchemaReference(reflect(described)));
            }
        }
        ObjectNode definitions = builder.collectDefinitions(DEFS);

        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = json.createArrayNode();
        for (int i = 0; i < arguments.size(); i++) {
            ToolParameterModel argument = arguments.get(i);
            ObjectNode property = references.get(i);
            if (argument.description() != null) {
                property.put("description", argument.description());
            }
            if (argument.defaultJson() != null) {
                property.set("default", parse(argument.defaultJson()));
            }
            if (argument.header() != null) {
                property.put("x-mcp-header", argument.header());
            }
            properties.set(argument.name(), property);
            if (argument.required()) {
                required.add(argument.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (definitions != null && !definitions.isEmpty()) {
            schema.set(DEFS, definitions);
        }
        return schema;
    }

    /** The {@code outputSchema} of a tool whose result is a record, POJO or map. */
    public ObjectNode outputSchema(Type result) {
        return generator.generateSchema(reflect(result));
    }

    private JsonNode parse(String jsonText) {
        try {
            return json.readTree(jsonText);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Default values are validated before schemas are generated", e);
        }
    }

    /** The loaded form of a Jandex type, which the generator works on. */
    private java.lang.reflect.Type reflect(Type type) {
        switch (type.kind()) {
            case PRIMITIVE:
            case CLASS:
            case ARRAY:
                return load(type.kind() == Type.Kind.ARRAY ? JavaTypes.canonicalName(type) : type.name().toString());
            case PARAMETERIZED_TYPE:
                List<Type> arguments = type.asParameterizedType().arguments();
                java.lang.reflect.Type[] resolved = new java.lang.reflect.Type[arguments.size()];
                for (int i = 0; i < resolved.length; i++) {
                    resolved[i] = reflect(arguments.get(i));
                }
                return resolver.resolve(load(type.name().toString()), resolved);
            default:
                throw new IllegalArgumentException("No schema for type " + type);
        }
    }

    private Class<?> load(String name) {
        switch (name) {
            case "boolean":
                return boolean.class;
            case "byte":
                return byte.class;
            case "short":
                return short.class;
            case "int":
                return int.class;
            case "long":
                return long.class;
            case "float":
                return float.class;
            case "double":
                return double.class;
            case "char":
                return char.class;
            default:
                try {
                    return Class.forName(name, false, classLoader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("Cannot load " + name + " to describe it as JSON Schema", e);
                }
        }
    }
}
