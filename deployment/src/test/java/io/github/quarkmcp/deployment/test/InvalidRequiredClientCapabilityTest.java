package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/** A required client capability is named by its capability key; a blank one names nothing a client could declare. */
public class InvalidRequiredClientCapabilityTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool requiredClientCapabilities must name capabilities, but one is blank: " + Tools.class.getName()
                            + "#run()"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool(requiredClientCapabilities = { "sampling", " " })
        String run() {
            return "";
        }
    }
}
