package io.github.quarkmcp.deployment;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.MethodInfo;

import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A method annotated with {@code @Tool}, as found: not yet validated. */
public final class ToolMethodBuildItem extends MultiBuildItem {

    private final BeanInfo bean;
    private final MethodInfo method;
    private final AnnotationInstance annotation;

    /** @param bean the bean declaring the method, or {@code null} when its class is not a bean */
    public ToolMethodBuildItem(BeanInfo bean, MethodInfo method, AnnotationInstance annotation) {
        this.bean = bean;
        this.method = method;
        this.annotation = annotation;
    }

    public BeanInfo bean() {
        return bean;
    }

    public MethodInfo method() {
        return method;
    }

    public AnnotationInstance annotation() {
        return annotation;
    }
}
