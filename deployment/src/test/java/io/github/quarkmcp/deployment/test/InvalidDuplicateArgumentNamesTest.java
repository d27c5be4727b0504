package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** Two arguments with one name, whether both are renamed or one is renamed to the other's parameter name. */
public class InvalidDuplicateArgumentNamesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool argument names must be unique, but 'query' is used twice: " + Tools.class.getName()
                            + "#bothRenamed(java.lang.String,java.lang.String)",
                    "@Tool argument names must be unique, but 'query' is used twice: " + Tools.class.getName()
                            + "#renamedToOther(java.lang.String,java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        String bothRenamed(@ToolArg(name = "query") String first, @ToolArg(name = "query") String second) {
            return first + second;
        }

        @Tool
        String renamedToOther(String query, @ToolArg(name = "query") String text) {
            return query + text;
        }
    }
}
