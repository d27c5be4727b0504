package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** {@code x-mcp-header} mirrors a tool's argument into an HTTP header; a form's answer travels in no header. */
public class InvalidFormHeaderTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Deployment.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg header is only for tool arguments, not form fields, but is 'Region' for component"
                            + " 'region': " + Deployment.class.getName()));

    @Test
    void buildFails() {
    }

    record Deployment(@ToolArg(header = "Region") String region, String version) {
    }

    static class Tools {

        @Tool
        String deploy(McpContext ctx) {
            return ctx.elicit("Where to deploy?", Deployment.class).toString();
        }
    }
}
