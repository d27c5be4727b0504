package io.github.quarkmcp.deployment.tools;

import org.jboss.jandex.Type;

/**
 * One parameter of a tool method.
 *
 * @param name the argument's name in the call; {@code null} for the context parameter
 * @param description the argument's {@code @ToolArg} description, or {@code null}
 * @param type the declared type
 * @param required whether a call must supply the argument
 * @param defaultJson the default as JSON, or {@code null}
 * @param context whether this parameter receives the {@code McpContext}
 * @param header the name of the {@code Mcp-Param-} header that mirrors the argument ({@code x-mcp-header}), or
 *        {@code null}
 */
public record ToolParameterModel(String name, String description, Type type, boolean required, String defaultJson,
        boolean context, String header) {
}
