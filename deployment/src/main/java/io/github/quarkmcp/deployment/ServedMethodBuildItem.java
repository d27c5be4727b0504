package io.github.quarkmcp.deployment;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.MethodInfo;

import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A {@code @Tool}, {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} or {@code @Complete} method found in
 * the index, before validation.
 *
 * @param bean the bean that declares it, or {@code null} if its class is no bean (an error)
 */
public final class ServedMethodBuildItem extends MultiBuildItem {

    private final BeanInfo bean;
    private final MethodInfo method;
    private final AnnotationInstance annotation;

    public ServedMethodBuildItem(BeanInfo bean, MethodInfo method, AnnotationInstance annotation) {
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
