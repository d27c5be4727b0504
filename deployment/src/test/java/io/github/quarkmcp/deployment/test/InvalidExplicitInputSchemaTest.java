package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

/** A written-out inputSchema that is not one JSON object of type object fails the build. */
public class InvalidExplicitInputSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool inputSchema must be a JSON object with \"type\": \"object\": " + Tools.class.getName()
                            + "#array(int)",
                    "@Tool inputSchema must be a JSON object with \"type\": \"object\": " + Tools.class.getName()
                            + "#notJson(int)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool(inputSchema = "{\"type\": \"array\"}")
        String array(int count) {
            return "";
        }

        @Tool(inputSchema = "{\"type\": \"object\"")
        String notJson(int count) {
            return "";
        }
    }
}
