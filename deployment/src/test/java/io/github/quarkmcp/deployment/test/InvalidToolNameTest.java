package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/** Names match {@code [A-Za-z0-9_.-]{1,128}}; the valid tools at the limits must not be reported. */
public class InvalidToolNameTest {

    /** Every character a name may have, 64 of them. */
    private static final String ALL_ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.";
    static final String LONGEST = ALL_ALLOWED + ALL_ALLOWED;
    static final String TOO_LONG = LONGEST + "-";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool name must match [A-Za-z0-9_.-]{1,128}, but is '" + TOO_LONG + "': " + Tools.class.getName()
                            + "#tooLong()",
                    "@Tool name must match [A-Za-z0-9_.-]{1,128}, but is 'items/process': " + Tools.class.getName()
                            + "#withSlash()",
                    "@Tool name must match [A-Za-z0-9_.-]{1,128}, but is 'bad name': " + Tools.class.getName()
                            + "#withSpace()"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool(name = "bad name")
        String withSpace() {
            return "";
        }

        @Tool(name = "items/process")
        String withSlash() {
            return "";
        }

        @Tool(name = TOO_LONG)
        String tooLong() {
            return "";
        }

        @Tool(name = LONGEST)
        String longest() {
            return "";
        }

        @Tool(name = "-")
        String shortest() {
            return "";
        }
    }
}
