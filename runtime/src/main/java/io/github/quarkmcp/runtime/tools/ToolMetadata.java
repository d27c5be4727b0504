package io.github.quarkmcp.runtime.tools;

import java.util.List;

import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;
import io.github.quarkmcp.runtime.invocation.ParameterMetadata;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.RecordableConstructor;
import jakarta.enterprise.invoke.Invoker;

/**
 * Everything the build decided about one tool, recorded into the application so that nothing is discovered,
 * reflected on or generated at run time.
 */
public final class ToolMetadata {

    private final String name;
    private final String method;
    private final String beanId;
    private final String listingJson;
    private final List<ParameterMetadata> parameters;
    private final ExecutionModel executionModel;
    private final Asynchrony asynchrony;
    private final ResultKind resultKind;
    private final List<String> requiredClientCapabilities;
    private final RuntimeValue<Invoker<Object, Object>> invoker;

    /**
     * @param name the tool's name
     * @param method the Java method, {@code org.acme.Items#processItems}, for logs
     * @param beanId the identifier of the bean whose method it is
     * @param listingJson the tool as {@code tools/list} shows it, schemas included
     * @param parameters the method's parameters, in order
     * @param requiredClientCapabilities the client capabilities a call needs
     * @param invoker the build-generated invoker that calls the method on a bean instance
     */
    @RecordableConstructor
    public ToolMetadata(String name, String method, String beanId, String listingJson, List<ParameterMetadata> parameters,
            ExecutionModel executionModel, Asynchrony asynchrony, ResultKind resultKind,
            List<String> requiredClientCapabilities, RuntimeValue<Invoker<Object, Object>> invoker) {
        this.name = name;
        this.method = method;
        this.beanId = beanId;
        this.listingJson = listingJson;
        this.parameters = parameters;
        this.executionModel = executionModel;
        this.asynchrony = asynchrony;
        this.resultKind = resultKind;
        this.requiredClientCapabilities = requiredClientCapabilities;
        this.invoker = invoker;
    }

    public String getName() {
        return name;
    }

    public String getMethod() {
        return method;
    }

    public String getBeanId() {
        return beanId;
    }

    public String getListingJson() {
        return listingJson;
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

    public ResultKind getResultKind() {
        return resultKind;
    }

    public List<String> getRequiredClientCapabilities() {
        return requiredClientCapabilities;
    }

    public RuntimeValue<Invoker<Object, Object>> getInvoker() {
        return invoker;
    }
}
