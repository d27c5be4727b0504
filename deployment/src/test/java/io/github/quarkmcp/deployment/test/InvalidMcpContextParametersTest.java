package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

public class InvalidMcpContextParametersTest {

    private static final String CONTEXT = McpContext.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method must declare at most one McpContext parameter: " + Tools.class.getName()
                            + "#twoContexts(" + CONTEXT + ",java.lang.String," + CONTEXT + ")"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        String twoContexts(McpContext first, String item, McpContext second) {
            return item;
        }

        @Tool
        String oneContext(String item, McpContext context) {
            return item;
        }
    }
}
