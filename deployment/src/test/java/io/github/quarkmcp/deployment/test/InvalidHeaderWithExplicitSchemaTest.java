package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** A written-out {@code inputSchema} is listed exactly as given, so the build cannot add the header to it. */
public class InvalidHeaderWithExplicitSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg header cannot be combined with @Tool inputSchema (write \"x-mcp-header\" into the schema's"
                            + " property instead) for argument 'region': " + Tools.class.getName()
                            + "#run(java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool(inputSchema = "{\"type\": \"object\", \"properties\": {\"region\": {\"type\": \"string\"}}}")
        String run(@ToolArg(header = "Region") String region) {
            return region;
        }
    }
}
