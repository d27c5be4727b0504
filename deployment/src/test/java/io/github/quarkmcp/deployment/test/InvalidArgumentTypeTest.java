package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An argument is decoded from JSON and described by a JSON Schema, so its type must have a JSON shape the build can
 * know. Each method has one argument of a type that has none.
 */
public class InvalidArgumentTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Shape.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    unsupported("an array of a generic type cannot be decoded; use a List", "lists",
                            "genericArray([Ljava.util.List;)"),
                    unsupported("generic type java.util.function.Supplier is not supported; use a List, Set,"
                            + " Map<String, T>, Optional or a record", "supplier",
                            "genericClass(java.util.function.Supplier)"),
                    unsupported("a map's keys must be String, because JSON object keys are strings", "counts",
                            "integerKeys(java.util.Map)"),
                    unsupported("interface or abstract class " + Shape.class.getName() + " cannot be created from JSON",
                            "shape", "interfaceType(" + Shape.class.getName() + ")"),
                    unsupported("JDK type java.lang.Thread is not a JSON value", "thread",
                            "jdkClass(java.lang.Thread)"),
                    unsupported("java.lang.Object has no JSON shape; use a concrete type", "values",
                            "listOfObjects(java.util.List)"),
                    unsupported("java.lang.Object has no JSON shape; use a concrete type", "value",
                            "object(java.lang.Object)"),
                    unsupported("raw type java.util.List needs a type argument", "values", "rawList(java.util.List)"),
                    unsupported("type T has no JSON shape the build can know (type variables and wildcards are not"
                            + " supported)", "value", "typeVariable(java.lang.Object)"),
                    unsupported("type ? has no JSON shape the build can know (type variables and wildcards are not"
                            + " supported)", "values", "wildcard(java.util.List)")));

    @Test
    void buildFails() {
    }

    private static String unsupported(String reason, String argument, String method) {
        return "@Tool argument type is not supported (" + reason + ") for argument '" + argument + "': "
                + Tools.class.getName() + "#" + method;
    }

    interface Shape {
    }

    @SuppressWarnings("rawtypes")
    static class Tools {

        @Tool
        String genericArray(List<String>[] lists) {
            return "";
        }

        @Tool
        String genericClass(Supplier<String> supplier) {
            return "";
        }

        @Tool
        String integerKeys(Map<Integer, String> counts) {
            return "";
        }

        @Tool
        String interfaceType(Shape shape) {
            return "";
        }

        @Tool
        String jdkClass(Thread thread) {
            return "";
        }

        @Tool
        String listOfObjects(List<Object> values) {
            return "";
        }

        @Tool
        String object(Object value) {
            return "";
        }

        @Tool
        String rawList(List values) {
            return "";
        }

        @Tool
        <T> String typeVariable(T value) {
            return "";
        }

        @Tool
        String wildcard(List<?> values) {
            return "";
        }
    }
}
