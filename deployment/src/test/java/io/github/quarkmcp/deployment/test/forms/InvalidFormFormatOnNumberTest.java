package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** The spec gives {@code format} to strings only. */
public class InvalidFormFormatOnNumberTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField format is only for string fields, but the field is integer (int) for component"
                            + " 'guests': " + Booking.class.getName()));

    @Test
    void buildFails() {
    }

    record Booking(@FormField(format = "email") int guests) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("How many?", Booking.class).toString();
        }
    }
}
