package io.github.quarkmcp.runtime.invocation;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.RecordableConstructor;
import jakarta.enterprise.invoke.Invoker;

/**
 * What the build decided about how to call one served bean method (a tool, a resource, a prompt, a completion),
 * recorded into the application.
 */
public final class MethodMetadata {

    private final String description;
    private final String beanId;
    private final List<ParameterMetadata> parameters;
    private final ExecutionModel executionModel;
    private final Asynchrony asynchrony;
    private final RuntimeValue<Invoker<Object, Object>> invoker;

    /**
     * @param description the Java method, {@code org.acme.Reports#latest(...)}, for logs
     * @param beanId the identifier of the bean whose method it is
     * @param parameters the method's parameters, in order, named as the request names their values
     * @param invoker the build-generated invoker that calls the method on a bean instance
     */
    @RecordableConstructor
    public MethodMetadata(String description, String beanId, List<ParameterMetadata> parameters, ExecutionModel executionModel,
            Asynchrony asynchrony, RuntimeValue<Invoker<Object, Object>> invoker) {
        this.description = description;
        this.beanId = beanId;
        this.parameters = parameters;
        this.executionModel = executionModel;
        this.asynchrony = asynchrony;
        this.invoker = invoker;
    }

    public String getDescription() {
        return description;
    }

    public String getBeanId() {
        return beanId;
    }

    public List<ParameterMetadata> getParameters() {
        return parameters;
    }

    public ExecutionModel getExecutionModel() {
        return executionModel;
    }

    public Asynchrony getAsynchrony() {
        return asynchrony;
    }

    public RuntimeValue<Invoker<Object, Object>> getInvoker() {
        return invoker;
    }

    /** The method, ready to be called. */
    public ServedMethod serve(ObjectMapper mapper) {
        return new ServedMethod(description, beanId, invoker, parameters, executionModel, asynchrony, mapper);
    }
}
