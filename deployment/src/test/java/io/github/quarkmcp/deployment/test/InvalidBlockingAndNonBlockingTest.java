package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

public class InvalidBlockingAndNonBlockingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method must not be both @Blocking and @NonBlocking: " + Tools.class.getName()
                            + "#process(java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        @Blocking
        @NonBlocking
        String process(String item) {
            return item;
        }
    }
}
