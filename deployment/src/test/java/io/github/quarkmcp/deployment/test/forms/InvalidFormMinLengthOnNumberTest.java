package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** Lengths bound strings; a choice's length is not the user's to set, and a number has none. */
public class InvalidFormMinLengthOnNumberTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class, Size.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField minLength is only for string fields, but the field is integer (int) for component"
                            + " 'guests': " + Booking.class.getName(),
                    "@FormField maxLength is only for string fields, but the field is single choice ("
                            + Size.class.getName() + ") for component 'size': " + Booking.class.getName()));

    @Test
    void buildFails() {
    }

    enum Size {
        SMALL,
        LARGE
    }

    record Booking(@FormField(minLength = 1) int guests, @FormField(maxLength = 5) Size size) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("How many?", Booking.class).toString();
        }
    }
}
