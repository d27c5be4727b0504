package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** HTTP header names ignore case, so two arguments of a tool cannot map to {@code Region} and {@code REGION}. */
public class InvalidDuplicateHeaderTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg header must be unique in a tool (ignoring case), but 'REGION' is also the header of argument"
                            + " 'region' for argument 'backup': " + Tools.class.getName()
                            + "#run(java.lang.String,java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        String run(@ToolArg(header = "Region") String region, @ToolArg(header = "REGION") String backup) {
            return region + backup;
        }

        /** The same header in two tools is fine: each tool's headers are its own. */
        @Tool
        String other(@ToolArg(header = "Region") String region) {
            return region;
        }
    }
}
