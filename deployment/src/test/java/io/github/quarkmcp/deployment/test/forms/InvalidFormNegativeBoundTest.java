package io.github.quarkmcp.deployment.test.forms;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** A length or a count is never negative (JSON Schema makes them non-negative integers); a number's bound may be. */
public class InvalidFormNegativeBoundTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Reading.class, Sensor.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField minLength must not be negative, but is -1 for component 'label': "
                            + Reading.class.getName(),
                    "@FormField maxItems must not be negative, but is -2 for component 'sensors': "
                            + Reading.class.getName()));

    @Test
    void buildFails() {
    }

    enum Sensor {
        INSIDE,
        OUTSIDE
    }

    record Reading(@FormField(minLength = -1) String label, @FormField(maxItems = -2) Set<Sensor> sensors,
            @FormField(minimum = -40, maximum = -10) int coldest) {
    }

    static class Tools {

        @Tool
        String read(McpContext ctx) {
            return ctx.elicit("Which reading?", Reading.class).toString();
        }
    }
}
