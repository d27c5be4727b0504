package io.github.quarkmcp.runtime.tools;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.invoke.Invoker;

/** A tool ready to be called: its build-time metadata plus what was prepared from it at startup. */
public final class RegisteredTool {

    private final ToolMetadata metadata;
    private final Invoker<Object, Object> invoker;
    private final ArgumentDecoder arguments;

    RegisteredTool(ToolMetadata metadata, ObjectMapper mapper) {
        this.metadata = metadata;
        this.invoker = metadata.getInvoker().getValue();
        this.arguments = new ArgumentDecoder(metadata.getParameters(), mapper);
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

    public ArgumentDecoder arguments() {
        return arguments;
    }
}
