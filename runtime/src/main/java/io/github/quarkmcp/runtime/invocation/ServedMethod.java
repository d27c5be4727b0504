package io.github.quarkmcp.runtime.invocation;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.RuntimeValue;
import jakarta.enterprise.context.Dependent;
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
    private final boolean dependent;
    // The handle every call of a bean that is not @Dependent shares, once looked up (see instance()).
    private volatile InstanceHandle<Object> sharedInstance;

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
        this.dependent = bean.getScope() == Dependent.class;
    }

    public String description() {
        return description;
    }

    /** The bean the method belongs to. */
    public InjectableBean<Object> bean() {
        return bean;
    }

    /**
     * The bean instance a call runs on. A {@code @Dependent} bean gets a new one per call, which the caller destroys
     * when the call is over ({@link #isDependent()}). Any other bean always gives the same object (the singleton, or
     * the client proxy of a normal scope), so its handle is looked up at the first call and kept: a lookup per call
     * would cost each call a handle and a creational context. A bean that fails to be created is not kept: that call
     * fails, and the next one tries again.
     */
    public InstanceHandle<Object> instance() {
        if (dependent) {
            return Arc.container().instance(bean);
        }
        InstanceHandle<Object> shared = sharedInstance;
        if (shared == null) {
            shared = Arc.container().instance(bean);
            shared.get();
            sharedInstance = shared; // two first calls may both look it up: they get the same instance
        }
        return shared;
    }

    /** Whether each call's instance is its own and must be destroyed after the call. */
    public boolean isDependent() {
        return dependent;
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
