package io.github.quarkmcp.deployment.test;

import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A class compiled without {@code -parameters} and without debug information has no parameter names, so an argument
 * has no name unless {@code @ToolArg(name = ...)} gives one.
 */
public class InvalidMissingParameterNamesTest {

    private static final String CLASS_NAME = "org.acme.NoNames";

    private static final String SOURCE = """
            package org.acme;

            import io.github.quarkmcp.Tool;
            import io.github.quarkmcp.ToolArg;

            public class NoNames {

                @Tool
                public String echo(String text) {
                    return text;
                }

                @Tool
                public String named(@ToolArg(name = "text") String text) {
                    return text;
                }
            }
            """;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> InMemoryJavaCompiler.compile(CLASS_NAME, SOURCE, "-g:none")
                    .forEach((name, bytes) -> jar.add(new ByteArrayAsset(bytes), InMemoryJavaCompiler.classFile(name))))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool method parameter names must be known: compile with -parameters or set @ToolArg(name = ...)"
                            + " on parameter 0: org.acme.NoNames#echo(java.lang.String)"));

    @Test
    void buildFails() {
    }
}
