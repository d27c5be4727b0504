package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** {@code minimum} and {@code maximum} bound numbers and integers only. */
public class InvalidFormMinimumOnStringTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Signup.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField minimum is only for number and integer fields, but the field is string"
                            + " (java.lang.String) for component 'name': " + Signup.class.getName(),
                    "@FormField maximum is only for number and integer fields, but the field is boolean (boolean) for"
                            + " component 'newsletter': " + Signup.class.getName()));

    @Test
    void buildFails() {
    }

    record Signup(@FormField(minimum = 1) String name, @FormField(maximum = 1) boolean newsletter) {
    }

    static class Tools {

        @Tool
        String signUp(McpContext ctx) {
            return ctx.elicit("Who are you?", Signup.class).toString();
        }
    }
}
