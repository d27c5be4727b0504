package io.github.quarkmcp.runtime.tools;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.invoke.Invoker;

/** A tool ready to be called: its build-time metadata plus what was prepared from it at startup. */
public final class RegisteredTool {

    private final ToolMetadata metadata;
    private final Invoker<Object, Object> invoker;
    private final InjectableBean<Object> bean;
    private final ArgumentDecoder arguments;
    private final List<ParameterMetadata> headerParameters = new ArrayList<>();

    @SuppressWarnings("unchecked")
    RegisteredTool(ToolMetadata metadata, ObjectMapper mapper) {
        this.metadata = metadata;
        this.invoker = metadata.getInvoker().getValue();
        this.bean = (InjectableBean<Object>) Arc.container().bean(metadata.getBeanId());
        this.arguments = new ArgumentDecoder(metadata.getParameters(), mapper);
        for (ParameterMetadata parameter : metadata.getParameters()) {
            if (parameter.getHeader() != null) {
                headerParameters.add(parameter);
            }
        }
    }

    /** The arguments that an {@code Mcp-Param-} header mirrors ({@code x-mcp-header}), in order. */
    public List<ParameterMetadata> headerParameters() {
        return headerParameters;
    }

    public String name() {
        return metadata.getName();
    }

    public ToolMetadata metadata() {
        return metadata;
    }

    public Invoker<Object, Object> invoker() {
        return invoker;
    }

    /** The bean the tool method belongs to; the executor gets an instance of it for each call. */
    public InjectableBean<Object> bean() {
        return bean;
    }

    public ArgumentDecoder arguments() {
        return arguments;
    }
}
