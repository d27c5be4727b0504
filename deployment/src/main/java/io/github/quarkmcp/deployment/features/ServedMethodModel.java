package io.github.quarkmcp.deployment.features;

import java.util.List;

import org.jboss.jandex.MethodInfo;

import io.github.quarkmcp.deployment.tools.ToolModel;
import io.github.quarkmcp.deployment.tools.ToolParameterModel;
import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;
import io.quarkus.arc.processor.BeanInfo;

/**
 * A validated resource, template, prompt or completion method: how to call it.
 *
 * @param parameters its parameters, named as the request names their values (template variables, prompt arguments,
 *        or {@code value} for a completion)
 */
public record ServedMethodModel(BeanInfo bean, MethodInfo method, List<ToolParameterModel> parameters,
        Asynchrony asynchrony, ExecutionModel executionModel) {

    /** {@code org.acme.Reports#latest(io.github.quarkmcp.McpContext)}, for messages and logs. */
    public String description() {
        return ToolModel.describe(method);
    }
}
