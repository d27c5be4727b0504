package io.github.quarkmcp.deployment.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The build reports every problem of every tool in one failure, in a stable order (by method, then by rule), so a
 * developer fixes them all in one round instead of one build per mistake.
 * <p>
 * The execution model rules are left out: Quarkus core rejects {@code @Blocking}, {@code @NonBlocking} and
 * {@code @RunOnVirtualThread} on {@code @Tool} methods before this validation reports anything (see
 * {@link ExecutionModelAnnotatedToolTest}).
 */
public class AllValidationErrorsReportedAtOnceTest {

    private static final String CONTEXT = McpContext.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, BrokenContract.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Tool name must match [A-Za-z0-9_.-]{1,128}, but is 'bad name': " + broken("badName()"),
                    "@Tool argument names must be unique, but 'query' is used twice: "
                            + broken("duplicateArguments(java.lang.String,java.lang.String)"),
                    "@Tool method must not be private: " + everythingWrong(),
                    "@Tool method must not be static: " + everythingWrong(),
                    "@Tool name must match [A-Za-z0-9_.-]{1,128}, but is 'wrong!': " + everythingWrong(),
                    "@Tool argument type is not supported (java.lang.Object has no JSON shape; use a concrete type)"
                            + " for argument 'value': " + everythingWrong(),
                    "@Tool method must declare at most one McpContext parameter: " + everythingWrong(),
                    "@ToolArg defaultValue must be JSON for an argument of type int, but is 'ten' for argument"
                            + " 'limit': " + broken("invalidDefault(int)"),
                    "@Tool method must not be private: " + broken("privateMethod()"),
                    "@Tool name must be unique, but 'echo' is also used by " + broken("echo(java.lang.String)") + ": "
                            + broken("repeat(java.lang.String)"),
                    "@Tool method must not be static: " + broken("staticMethod()"),
                    "@Tool argument type is not supported (java.lang.Object has no JSON shape; use a concrete type)"
                            + " for argument 'value': " + broken("unsupportedArgument(java.lang.Object)"),
                    "@Tool method must be declared on a bean class (a concrete class, not an interface): "
                            + BrokenContract.class.getName() + "#contract()"));

    @Test
    void buildFails() {
    }

    private static String broken(String method) {
        return Broken.class.getName() + "#" + method;
    }

    private static String everythingWrong() {
        return broken("everythingWrong(java.lang.Object," + CONTEXT + "," + CONTEXT + ")");
    }

    static class Broken {

        @Tool(name = "bad name")
        String badName() {
            return "";
        }

        @Tool
        String duplicateArguments(@ToolArg(name = "query") String first, @ToolArg(name = "query") String second) {
            return "";
        }

        /** Valid by itself; {@link #repeat(String)} takes its name. */
        @Tool
        String echo(String text) {
            return text;
        }

        /** Several problems in one method: each is reported, not only the first. */
        @Tool(name = "wrong!")
        private static String everythingWrong(Object value, McpContext first, McpContext second) {
            return "";
        }

        @Tool
        String invalidDefault(@ToolArg(defaultValue = "ten") int limit) {
            return "";
        }

        @Tool
        private String privateMethod() {
            return "";
        }

        @Tool(name = "echo")
        String repeat(String text) {
            return text;
        }

        @Tool
        static String staticMethod() {
            return "";
        }

        @Tool
        String unsupportedArgument(Object value) {
            return "";
        }
    }

    interface BrokenContract {

        @Tool
        String contract();
    }
}
