package io.github.quarkmcp.deployment.test.forms;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** A least bound above the greatest leaves no value the user could enter. */
public class InvalidFormMinGreaterThanMaxTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class, Extra.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField minLength must not be greater than maxLength, but 10 > 5 for component 'name': "
                            + Booking.class.getName(),
                    "@FormField minimum must not be greater than maximum, but 5 > 1 for component 'guests': "
                            + Booking.class.getName(),
                    "@FormField minItems must not be greater than maxItems, but 3 > 2 for component 'extras': "
                            + Booking.class.getName()));

    @Test
    void buildFails() {
    }

    enum Extra {
        CAKE,
        FLOWERS,
        MUSIC
    }

    record Booking(@FormField(minLength = 10, maxLength = 5) String name,
            @FormField(minimum = 5, maximum = 1) int guests,
            @FormField(minItems = 3, maxItems = 2) Set<Extra> extras,
            @FormField(minimum = 3, maximum = 3) int tables) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("Book a table", Booking.class).toString();
        }
    }
}
