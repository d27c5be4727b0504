package io.github.quarkmcp.runtime.completions;

import io.github.quarkmcp.runtime.invocation.MethodMetadata;
import io.quarkus.runtime.annotations.RecordableConstructor;

/** A {@code @Complete} method as the build described it. */
public final class CompletionMetadata {

    /** The name under which the method's parameter receives the value typed so far. */
    public static final String VALUE = "value";

    private final String refType;
    private final String ref;
    private final String argument;
    private final MethodMetadata method;

    /**
     * @param refType {@code ref/prompt} or {@code ref/resource}
     * @param ref the prompt's name or the template's URI template
     * @param argument the argument or template variable it completes
     * @param method how to call the method; its {@code String} parameter is named {@link #VALUE}
     */
    @RecordableConstructor
    public CompletionMetadata(String refType, String ref, String argument, MethodMetadata method) {
        this.refType = refType;
        this.ref = ref;
        this.argument = argument;
        this.method = method;
    }

    public String getRefType() {
        return refType;
    }

    public String getRef() {
        return ref;
    }

    public String getArgument() {
        return argument;
    }

    public MethodMetadata getMethod() {
        return method;
    }
}
