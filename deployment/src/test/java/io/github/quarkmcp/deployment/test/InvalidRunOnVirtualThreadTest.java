package io.github.quarkmcp.deployment.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** A tool cannot be both on the event loop and on a virtual thread; and virtual threads need Java 21. */
public class InvalidRunOnVirtualThreadTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class))
            .assertException(failure -> BuildProblems.assertExactly(failure, expectedMessages()));

    private static String[] expectedMessages() {
        String where = Tools.class.getName() + "#process(java.lang.String)";
        List<String> messages = new ArrayList<>();
        messages.add("@Tool method must not be both @NonBlocking and @RunOnVirtualThread: " + where);
        if (Runtime.version().feature() < 21) {
            messages.add("@Tool method with @RunOnVirtualThread needs Java 21 or newer, but the build runs on Java "
                    + Runtime.version().feature() + ": " + where);
        }
        return messages.toArray(String[]::new);
    }

    @Test
    void buildFails() {
    }

    static class Tools {

        @Tool
        @NonBlocking
        @RunOnVirtualThread
        String process(String item) {
            return item;
        }
    }
}
