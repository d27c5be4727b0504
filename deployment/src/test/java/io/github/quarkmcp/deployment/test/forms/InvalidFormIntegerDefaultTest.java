package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The client shows the default filled in and the user may send it back unchanged: an integer field's default must be
 * an integer the component can hold, or that answer would fail.
 */
public class InvalidFormIntegerDefaultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must be an integer that fits int, but is 'two' for component 'guests': "
                            + Booking.class.getName(),
                    "@ToolArg defaultValue must be an integer that fits java.lang.Integer, but is '1.5' for component"
                            + " 'children': " + Booking.class.getName(),
                    "@ToolArg defaultValue must be an integer that fits byte, but is '300' for component 'floor': "
                            + Booking.class.getName()));

    @Test
    void buildFails() {
    }

    record Booking(@ToolArg(defaultValue = "two") int guests, @ToolArg(defaultValue = "1.5") Integer children,
            @ToolArg(defaultValue = "300") byte floor, @ToolArg(defaultValue = "-2") long table) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("Book a table", Booking.class).toString();
        }
    }
}
