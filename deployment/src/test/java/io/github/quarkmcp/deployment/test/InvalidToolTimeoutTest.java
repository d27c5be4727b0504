package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/** A tool's timeout is a positive duration; what does not parse as one fails the build, naming the tool. */
public class InvalidToolTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool timeout must be a positive duration such as \"30s\", \"5m\" or \"PT1H\", but is \"0s\": "
                            + Tools.class.getName() + "#never()",
                    "@Tool timeout must be a positive duration such as \"30s\", \"5m\" or \"PT1H\", but is \"soon\": "
                            + Tools.class.getName() + "#soon()"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool(timeout = "soon")
        String soon() {
            return "";
        }

        @Tool(timeout = "0s")
        String never() {
            return "";
        }

        @Tool(timeout = "30s")
        String fine() {
            return "";
        }
    }
}
