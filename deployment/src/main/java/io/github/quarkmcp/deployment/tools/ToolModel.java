package io.github.quarkmcp.deployment.tools;

import java.util.List;
import java.util.Map;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;
import io.github.quarkmcp.runtime.tools.ResultKind;
import io.quarkus.arc.processor.BeanInfo;

/**
 * A validated tool: what the build knows of it, before invokers and schemas are made.
 *
 * @param hints the {@code annotations} hints that were set, by wire name ({@code readOnlyHint} to {@code true})
 * @param resultType the type the tool produces, with {@code Uni}/{@code CompletionStage} unwrapped
 * @param explicitInputSchema the {@code inputSchema} the developer wrote out, or {@code null} to generate it
 * @param requiredClientCapabilities the client capabilities a call needs
 * @param timeoutMillis the tool's own time limit ({@code @Tool(timeout)}), {@code 0} for the global one
 */
public record ToolModel(String name, String title, String description, String explicitInputSchema,
        Map<String, Boolean> hints,
        BeanInfo bean, MethodInfo method, List<ToolParameterModel> parameters, Type resultType, Asynchrony asynchrony,
        ResultKind resultKind, ExecutionModel executionModel, List<String> requiredClientCapabilities, long timeoutMillis) {

    /** {@code org.acme.Items#processItems(java.util.List,io.github.quarkmcp.McpContext)}, for messages. */
    public String methodDescription() {
        return describe(method);
    }

    public static String describe(MethodInfo method) {
        StringBuilder description = new StringBuilder(method.declaringClass().name().toString()).append('#')
                .append(method.name()).append('(');
        for (int i = 0; i < method.parametersCount(); i++) {
            description.append(i > 0 ? "," : "").append(method.parameterType(i).name());
        }
        return description.append(')').toString();
    }
}
