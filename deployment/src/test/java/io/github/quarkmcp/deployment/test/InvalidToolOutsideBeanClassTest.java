package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A tool is called on a bean, so its method must be declared on a bean class: on an interface or an abstract class
 * there is no bean to call it on, even when a bean implements or extends it.
 */
public class InvalidToolOutsideBeanClassTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, FriendlyGreeter.class, AbstractTools.class,
                    ConcreteTools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method must be declared on a bean class (a concrete class, not an interface): "
                            + AbstractTools.class.getName() + "#inherited(java.lang.String)",
                    "@Tool method must be declared on a bean class (a concrete class, not an interface): "
                            + Greeter.class.getName() + "#greet(java.lang.String)"));

    @Test
    void buildFails() {
    }

    interface Greeter {

        @Tool
        String greet(String name);
    }

    @ApplicationScoped
    static class FriendlyGreeter implements Greeter {

        @Override
        public String greet(String name) {
            return "Hello " + name;
        }
    }

    abstract static class AbstractTools {

        @Tool
        String inherited(String name) {
            return name;
        }
    }

    static class ConcreteTools extends AbstractTools {

        @Tool
        String own(String name) {
            return name;
        }
    }
}
