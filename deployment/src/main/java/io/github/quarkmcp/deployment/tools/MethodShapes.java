package io.github.quarkmcp.deployment.tools;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.github.quarkmcp.deployment.McpDotNames;
import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.ExecutionModel;

/**
 * What every served method (tool, resource, prompt, completion) is read for alike: its asynchrony, where it runs,
 * and its annotations' values.
 */
public final class MethodShapes {

    private MethodShapes() {
    }

    /** Like every Quarkus extension: async results on the event loop, the rest on a worker, unless annotated. */
    public static ExecutionModel executionModel(Asynchrony asynchrony, boolean blocking, boolean nonBlocking,
            boolean virtualThread) {
        if (virtualThread) {
            return ExecutionModel.VIRTUAL_THREAD;
        }
        if (asynchrony != Asynchrony.NONE) {
            return blocking ? ExecutionModel.WORKER : ExecutionModel.EVENT_LOOP;
        }
        return nonBlocking ? ExecutionModel.EVENT_LOOP : ExecutionModel.WORKER;
    }

    public static Asynchrony asynchrony(Type type) {
        if (type.name().equals(McpDotNames.UNI)) {
            return Asynchrony.UNI;
        }
        if (type.name().equals(McpDotNames.COMPLETION_STAGE) || type.name().equals(McpDotNames.COMPLETABLE_FUTURE)) {
            return Asynchrony.COMPLETION_STAGE;
        }
        return Asynchrony.NONE;
    }

    public static Type firstTypeArgument(Type type) {
        return type.kind() == Type.Kind.PARAMETERIZED_TYPE ? type.asParameterizedType().arguments().get(0)
                : Type.create(org.jboss.jandex.DotName.OBJECT_NAME, Type.Kind.CLASS);
    }

    public static AnnotationInstance parameterAnnotation(MethodInfo method, int position, DotName annotationName) {
        for (AnnotationInstance annotation : method.annotations(annotationName)) {
            if (annotation.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.METHOD_PARAMETER
                    && annotation.target().asMethodParameter().position() == position) {
                return annotation;
            }
        }
        return null;
    }

    public static String stringValue(AnnotationInstance annotation, String member, String fallback) {
        if (annotation == null) {
            return fallback;
        }
        AnnotationValue value = annotation.value(member);
        return value == null || value.asString().isEmpty() ? fallback : value.asString();
    }
}
