package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** An empty default, or one followed by more text, is not JSON either. */
public class InvalidDefaultValueNotStrictJsonTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must be JSON for an argument of type int, but is '' for argument"
                            + " 'count': " + Tools.class.getName() + "#empty(int)",
                    "@ToolArg defaultValue must be JSON for an argument of type int, but is '5 6' for argument"
                            + " 'count': " + Tools.class.getName() + "#trailing(int)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        String empty(@ToolArg(defaultValue = "") int count) {
            return String.valueOf(count);
        }

        @Tool
        String trailing(@ToolArg(defaultValue = "5 6") int count) {
            return String.valueOf(count);
        }
    }
}
