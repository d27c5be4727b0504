package io.github.quarkmcp.runtime.invocation;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;

/**
 * Turns a call's {@code arguments} into the Java values of one tool method's parameters.
 * <p>
 * The readers are made once, when the application starts, from the canonical types the build wrote down, so a
 * call costs one Jackson read per argument and no type introspection.
 */
public final class ArgumentDecoder {

    private final String[] names;
    private final ObjectReader[] readers;
    private final JsonNode[] defaults;
    private final boolean[] required;
    private final boolean[] context;

    public ArgumentDecoder(List<ParameterMetadata> parameters, ObjectMapper mapper) {
        int count = parameters.size();
        names = new String[count];
        readers = new ObjectReader[count];
        defaults = new JsonNode[count];
        required = new boolean[count];
        context = new boolean[count];
        for (int i = 0; i < count; i++) {
            ParameterMetadata parameter = parameters.get(i);
            context[i] = parameter.isContext();
            if (context[i]) {
                continue;
            }
            names[i] = parameter.getName();
            required[i] = parameter.isRequired();
            readers[i] = mapper.readerFor(mapper.getTypeFactory().constructFromCanonical(parameter.getJavaType()));
            if (parameter.getDefaultJson() != null) {
                try {
                    defaults[i] = mapper.readTree(parameter.getDefaultJson());
                } catch (JsonProcessingException e) {
                    // The build checked every default value; reaching this means the build output was altered.
                    throw new IllegalStateException("Invalid default value of argument " + names[i], e);
                }
            }
        }
    }

    /** The method's arguments, in parameter order. */
    public Object[] decode(ObjectNode arguments, McpContext mcpContext) throws InvalidArgumentsException {
        Object[] values = new Object[names.length];
        for (int i = 0; i < values.length; i++) {
            if (context[i]) {
                values[i] = mcpContext;
                continue;
            }
            JsonNode node = arguments.get(names[i]);
            if (node == null || node.isNull()) {
                if (defaults[i] != null) {
                    node = defaults[i];
                } else if (required[i]) {
                    throw new InvalidArgumentsException("Missing required argument '" + names[i] + "'");
                } else {
                    node = NullNode.getInstance(); // Optional.empty(), null, or a primitive's zero
                }
            }
            values[i] = read(i, node);
        }
        return values;
    }

    private Object read(int index, JsonNode node) throws InvalidArgumentsException {
        try {
            return readers[index].readValue(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                    : e.getMessage();
            throw new InvalidArgumentsException("Invalid value for argument '" + names[index] + "': " + reason);
        } catch (java.io.IOException e) {
            throw new InvalidArgumentsException("Invalid value for argument '" + names[index] + "': " + e.getMessage());
        }
    }
}
