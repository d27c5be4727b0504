package io.github.quarkmcp.deployment.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A default is JSON, except for string and enum arguments where it is the text itself: {@code "five"} is a fine
 * default for a String but not for an int.
 */
public class InvalidDefaultValueTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Unit.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must be JSON for an argument of type int, but is 'five' for argument"
                            + " 'count': " + Tools.class.getName() + "#count(int)",
                    "@ToolArg defaultValue must be JSON for an argument of type java.util.List<java.lang.String>,"
                            + " but is 'a, b' for argument 'tags': " + Tools.class.getName()
                            + "#tags(java.util.List)"));

    @Test
    void buildFails() {
    }

    enum Unit {
        METERS,
        FEET
    }

    static class Tools {

        @Tool
        String count(@ToolArg(defaultValue = "five") int count) {
            return "";
        }

        @Tool
        String tags(@ToolArg(defaultValue = "a, b") List<String> tags) {
            return "";
        }

        @Tool
        String valid(@ToolArg(defaultValue = "five") String text, @ToolArg(defaultValue = "FEET") Unit unit,
                @ToolArg(defaultValue = "5") int count, @ToolArg(defaultValue = "[\"a\", \"b\"]") List<String> tags) {
            return "";
        }
    }
}
