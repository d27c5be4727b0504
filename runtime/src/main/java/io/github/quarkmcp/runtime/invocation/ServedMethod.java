package io.github.quarkmcp.runtime.invocation;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.runtime.RuntimeValue;
import jakarta.enterprise.invoke.Invoker;

/**
 * A bean method the server calls on behalf of a client (a tool, a resource, a prompt, a completion), ready to be
 * called: its bean, its build-time invoker, how its arguments are decoded and where it runs.
 */
public final class ServedMethod {

    private final String description;
    private final InjectableBean<Object> bean;
    private final Invoker<Object, Object> invoker;
    private final ArgumentDecoder arguments;
    private final ExecutionModel executionModel;
    private final Asynchrony asynchrony;

    /**
     * @param description the Java method, {@code org.acme.Items#processItems}, for logs
     * @param beanId the identifier of the bean whose method it is
     * @param invoker the build-generated invoker that calls the method on a bean instance
     * @param parameters the method's parameters, in order
     */
    @SuppressWarnings("unchecked")
    public ServedMethod(String description, String beanId, RuntimeValue<Invoker<Object, Object>> invoker,
            List<ParameterMetadata> parameters, ExecutionModel executionModel, Asynchrony asynchrony,
            ObjectMapper mapper) {
        this.description = description;
        this.bean = (InjectableBean<Object>) Arc.container().bean(beanId);
        this.invoker = invoker.getValue();
        this.arguments = new ArgumentDecoder(parameters, mapper);
        this.executionModel = executionModel;
        this.asynchrony = asynchrony;
    }

    public String description() {
        return description;
    }

    /** The bean the method belongs to; the caller gets an instance of it for each call. */
    public InjectableBean<Object> bean() {
        return bean;
    }

    public Invoker<Object, Object> invoker() {
        return invoker;
    }

    public ArgumentDecoder arguments() {
        return arguments;
    }

    public ExecutionModel executionModel() {
        return executionModel;
    }

    public Asynchrony asynchrony() {
        return asynchrony;
    }
}
