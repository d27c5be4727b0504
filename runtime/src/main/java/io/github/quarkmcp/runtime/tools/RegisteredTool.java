package io.github.quarkmcp.runtime.tools;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.runtime.invocation.ParameterMetadata;
import io.github.quarkmcp.runtime.invocation.ServedMethod;

/** A tool ready to be called: its build-time metadata plus the method prepared from it at startup. */
public final class RegisteredTool {

    private final ToolMetadata metadata;
    private final ServedMethod method;
    private final List<ParameterMetadata> headerParameters = new ArrayList<>();

    RegisteredTool(ToolMetadata metadata, ObjectMapper mapper) {
        this.metadata = metadata;
        this.method = metadata.getMethod().serve(mapper);
        for (ParameterMetadata parameter : metadata.getMethod().getParameters()) {
            if (parameter.getHeader() != null) {
                headerParameters.add(parameter);
            }
        }
    }

    public String name() {
        return metadata.getName();
    }

    public ToolMetadata metadata() {
        return metadata;
    }

    /** The tool's method, ready to be called. */
    public ServedMethod method() {
        return method;
    }

    /** The arguments that an {@code Mcp-Param-} header mirrors ({@code x-mcp-header}), in order. */
    public List<ParameterMetadata> headerParameters() {
        return headerParameters;
    }
}
