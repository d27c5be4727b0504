package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** Before Java 21 there are no virtual threads: the build says so instead of silently using a worker. */
@EnabledForJreRange(max = JRE.JAVA_20)
public class InvalidRunOnVirtualThreadOnOldJavaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method with @RunOnVirtualThread needs Java 21 or newer, but the build runs on Java "
                            + Runtime.version().feature() + ": " + Tools.class.getName() + "#process(java.lang.String)"));

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        @RunOnVirtualThread
        String process(String item) {
            return item;
        }
    }
}
