package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** Two components under one property name would share one answer. */
public class InvalidFormDuplicatePropertyNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Person.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "Elicitation form property names must be unique, but 'name' is also the name of component"
                            + " 'fullName' for component 'name': " + Person.class.getName()));

    @Test
    void buildFails() {
    }

    record Person(@ToolArg(name = "name") String fullName, String name) {
    }

    static class Tools {

        @Tool
        String introduce(McpContext ctx) {
            return ctx.elicit("Who are you?", Person.class).toString();
        }
    }
}
