package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;

public class InvalidPrivateToolMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method must not be private: " + Tools.class.getName() + "#process(java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        private String process(String item) {
            return item;
        }
    }
}
