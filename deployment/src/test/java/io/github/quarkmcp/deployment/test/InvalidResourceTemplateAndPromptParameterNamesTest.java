package io.github.quarkmcp.deployment.test;

import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A class compiled without {@code -parameters} and without debug information has no parameter names: a template
 * variable then needs {@code @ResourceTemplate.Variable}, a prompt argument {@code @PromptArg(name = ...)}.
 */
public class InvalidResourceTemplateAndPromptParameterNamesTest {

    private static final String CLASS_NAME = "org.acme.NoNames";

    private static final String SOURCE = """
            package org.acme;

            import io.github.quarkmcp.Prompt;
            import io.github.quarkmcp.PromptArg;
            import io.github.quarkmcp.ResourceTemplate;

            public class NoNames {

                @ResourceTemplate(uriTemplate = "items://all")
                public String items(String id) {
                    return id;
                }

                @ResourceTemplate(uriTemplate = "items://{id}")
                public String item(@ResourceTemplate.Variable("id") String id) {
                    return id;
                }

                @Prompt
                public String greet(String name) {
                    return name;
                }

                @Prompt
                public String welcome(@PromptArg(name = "name") String name) {
                    return name;
                }
            }
            """;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> InMemoryJavaCompiler.compile(CLASS_NAME, SOURCE, "-g:none")
                    .forEach((name, bytes) -> jar.add(new ByteArrayAsset(bytes), InMemoryJavaCompiler.classFile(name))))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Prompt parameter names must be known: compile with -parameters or set @PromptArg(name = ...) on"
                            + " parameter 0: org.acme.NoNames#greet(java.lang.String)",
                    "@ResourceTemplate parameter names must be known: compile with -parameters or set"
                            + " @ResourceTemplate.Variable on parameter 0: org.acme.NoNames#items(java.lang.String)"));

    @Test
    void buildFails() {
    }
}
