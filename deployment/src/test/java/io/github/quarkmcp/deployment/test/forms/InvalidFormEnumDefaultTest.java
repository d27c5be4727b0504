package io.github.quarkmcp.deployment.test.forms;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A choice's default must be one of the values offered, spelled as on the wire: with {@code @JsonProperty} on the
 * constants, their Java names are not among them.
 */
public class InvalidFormEnumDefaultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Size.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must be one of small, medium, large (the values of " + Size.class.getName()
                            + "), but is 'SMALL' for component 'size': " + Order.class.getName(),
                    "@ToolArg defaultValue must be values separated by commas, each one of small, medium, large (the"
                            + " values of " + Size.class.getName() + "), but is 'small, huge' for component 'sizes': "
                            + Order.class.getName()));

    @Test
    void buildFails() {
    }

    enum Size {
        @JsonProperty("small")
        SMALL,
        @JsonProperty("medium")
        MEDIUM,
        @JsonProperty("large")
        LARGE
    }

    record Order(@ToolArg(defaultValue = "SMALL") Size size, @ToolArg(defaultValue = "small, huge") Set<Size> sizes,
            @ToolArg(defaultValue = "large") Size valid) {
    }

    static class Tools {

        @Tool
        String order(McpContext ctx) {
            return ctx.elicit("Which size?", Order.class).toString();
        }
    }
}
