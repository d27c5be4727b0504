package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptArg;
import io.github.quarkmcp.PromptMessage;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * Every rule of a {@code @Prompt} method: a unique name, text arguments, messages as the result; each broken by one
 * method, all reported by one build. The valid prompts beside them are not.
 */
public class InvalidPromptTest {

    private static final String P = Prompts.class.getName();
    private static final String BAD_RETURN = "@Prompt method must return String, PromptMessage or a List<PromptMessage>"
            + " (or a Uni or CompletionStage of one), but returns ";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, OtherPrompts.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Prompt argument 'n' must be a String or an Optional<String> (prompt arguments are text), but is"
                            + " int: " + P + "#count(int)",
                    "@Prompt name must be unique, but 'greet' is also used by " + OtherPrompts.class.getName()
                            + "#greet(java.lang.String): " + P + "#greet(java.lang.String)",
                    "@Prompt argument 'limit' must be a String or an Optional<String> (prompt arguments are text), but"
                            + " is java.util.Optional<java.lang.Integer>: " + P + "#limit(java.util.Optional)",
                    BAD_RETURN + "java.util.List<java.lang.String>: " + P + "#lines(java.lang.String)",
                    "@Prompt name must be unique, but 'review' is also used by " + P
                            + "#review(java.lang.String,java.util.Optional,io.github.quarkmcp.McpContext): " + P
                            + "#reviewAgain(java.lang.String)",
                    BAD_RETURN + "int: " + P + "#score(java.lang.String)"));

    @Test
    void buildFails() {
    }

    /** Sorted before {@link Prompts}: its {@code greet} is the first. */
    static class OtherPrompts {

        @Prompt
        String greet(String name) {
            return "Hello " + name;
        }
    }

    static class Prompts {

        // --- valid ---

        @Prompt(description = "Reviews code")
        String review(@PromptArg(description = "The code") String code, Optional<String> style, McpContext context) {
            return code;
        }

        @Prompt(name = "welcome")
        PromptMessage hello(@PromptArg(required = false) String name) {
            return PromptMessage.user("Hi " + name);
        }

        @Prompt
        Uni<List<PromptMessage>> chat() {
            return Uni.createFrom().item(List.of(PromptMessage.user("Hi"), PromptMessage.assistant("Hello")));
        }

        @Prompt
        CompletionStage<String> later(String topic) {
            return CompletableFuture.completedFuture(topic);
        }

        // --- invalid, one rule each ---

        @Prompt(name = "review")
        String reviewAgain(String code) {
            return code;
        }

        /** Named like a prompt of another class. */
        @Prompt
        String greet(String name) {
            return name;
        }

        @Prompt
        String count(int n) {
            return "";
        }

        @Prompt
        String limit(Optional<Integer> limit) {
            return "";
        }

        @Prompt
        int score(String text) {
            return 0;
        }

        @Prompt
        List<String> lines(String text) {
            return List.of();
        }
    }
}
