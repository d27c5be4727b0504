package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/** Names are unique in the whole application: within one class (overloads) and across classes. */
public class InvalidDuplicateToolNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Overloads.class, FirstSearch.class, SecondSearch.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool name must be unique, but 'echo' is also used by " + Overloads.class.getName()
                            + "#echo(int): " + Overloads.class.getName() + "#echo(java.lang.String)",
                    "@Tool name must be unique, but 'search' is also used by " + FirstSearch.class.getName()
                            + "#find(java.lang.String): " + SecondSearch.class.getName()
                            + "#lookup(java.lang.String)"));

    @Test
    void buildFails() {
    }

    /** Overloads share the method name, which is the tool name by default. */
    static class Overloads {

        @Tool
        String echo(String text) {
            return text;
        }

        @Tool
        String echo(int number) {
            return String.valueOf(number);
        }
    }

    static class FirstSearch {

        @Tool(name = "search")
        String find(String query) {
            return query;
        }
    }

    static class SecondSearch {

        @Tool(name = "search")
        String lookup(String query) {
            return query;
        }
    }
}
