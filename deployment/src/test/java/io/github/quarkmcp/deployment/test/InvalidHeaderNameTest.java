package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** {@code x-mcp-header} names an HTTP header ({@code Mcp-Param-<name>}), so it must be an HTTP token. */
public class InvalidHeaderNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg header must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~), but is 'Régión' for"
                            + " argument 'region': " + Tools.class.getName() + "#nonAscii(java.lang.String)",
                    "@ToolArg header must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~), but is 'a:b' for"
                            + " argument 'region': " + Tools.class.getName() + "#withColon(java.lang.String)",
                    "@ToolArg header must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~), but is 'Cloud Region'"
                            + " for argument 'region': " + Tools.class.getName() + "#withSpace(java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        String withSpace(@ToolArg(header = "Cloud Region") String region) {
            return region;
        }

        @Tool
        String nonAscii(@ToolArg(header = "Régión") String region) {
            return region;
        }

        @Tool
        String withColon(@ToolArg(header = "a:b") String region) {
            return region;
        }

        @Tool
        String valid(@ToolArg(header = "Cloud-Region_1.x!~") String region) {
            return region;
        }
    }
}
