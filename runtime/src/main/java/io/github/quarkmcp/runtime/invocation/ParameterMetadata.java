package io.github.quarkmcp.runtime.invocation;

import io.quarkus.runtime.annotations.RecordableConstructor;

/**
 * One parameter of a tool method as the build saw it: either the {@code McpContext} or an argument to decode.
 */
public final class ParameterMetadata {

    private final String name;
    private final String javaType;
    private final boolean required;
    private final String defaultJson;
    private final boolean context;
    private final String header;

    /**
     * @param name the argument's name in the call's {@code arguments}; {@code null} for the context
     * @param javaType the declared type in Jackson's canonical form, e.g. {@code java.util.List<java.lang.String>}
     * @param required whether a call must supply it
     * @param defaultJson the JSON used when the call omits it, or {@code null}
     * @param context whether this parameter receives the {@code McpContext}
     * @param header the {@code Mcp-Param-} header that mirrors the argument ({@code x-mcp-header}), or {@code null}
     */
    @RecordableConstructor
    public ParameterMetadata(String name, String javaType, boolean required, String defaultJson, boolean context,
            String header) {
        this.name = name;
        this.javaType = javaType;
        this.required = required;
        this.defaultJson = defaultJson;
        this.context = context;
        this.header = header;
    }

    public static ParameterMetadata contextParameter() {
        return new ParameterMetadata(null, null, false, null, true, null);
    }

    public String getName() {
        return name;
    }

    public String getJavaType() {
        return javaType;
    }

    public boolean isRequired() {
        return required;
    }

    public String getDefaultJson() {
        return defaultJson;
    }

    public boolean isContext() {
        return context;
    }

    public String getHeader() {
        return header;
    }
}
