package io.github.quarkmcp.deployment.test.forms;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** A default its own field refuses would make the user correct what the server suggested. */
public class InvalidFormDefaultOutsideBoundsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class, Extra.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must keep the field's bounds, but 'X' breaks minLength 2 for component"
                            + " 'name': " + Booking.class.getName(),
                    "@ToolArg defaultValue must keep the field's bounds, but '20' breaks maximum 12 for component"
                            + " 'guests': " + Booking.class.getName(),
                    "@ToolArg defaultValue must keep the field's bounds, but '' breaks minItems 1 for component"
                            + " 'extras': " + Booking.class.getName()));

    @Test
    void buildFails() {
    }

    enum Extra {
        CAKE,
        FLOWERS
    }

    record Booking(@ToolArg(defaultValue = "X") @FormField(minLength = 2) String name,
            @ToolArg(defaultValue = "20") @FormField(minimum = 1, maximum = 12) int guests,
            @ToolArg(defaultValue = "") @FormField(minItems = 1) Set<Extra> extras,
            @ToolArg(defaultValue = "12") @FormField(minimum = 1, maximum = 12) int tables) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("Book a table", Booking.class).toString();
        }
    }
}
