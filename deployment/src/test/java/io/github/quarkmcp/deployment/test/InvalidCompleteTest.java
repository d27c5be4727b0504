package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Complete;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * Every rule of a {@code @Complete} method: it completes one argument of one existing prompt or template, once, and
 * takes the typed value and returns suggestions; each broken by one method, all reported by one build. The valid
 * completions beside them are not.
 */
public class InvalidCompleteTest {

    private static final String C = Completions.class.getName();
    private static final String TEMPLATE = "repo://{owner}/{name}";
    private static final String BAD_PARAMETERS = "@Complete method must take one String (the value typed so far), and"
            + " may take an McpContext: ";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Targets.class, Completions.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    BAD_PARAMETERS + C + "#anInt(int)",
                    "@Complete method must return a List<String> (or a Uni or CompletionStage of one), but returns"
                            + " java.util.List<java.lang.Integer>: " + C + "#badReturn(java.lang.String)",
                    "@Complete method must return a List<String> (or a Uni or CompletionStage of one), but returns"
                            + " java.lang.String: " + C + "#badReturnString(java.lang.String)",
                    "@Complete must name exactly one of prompt and resourceTemplate: " + C + "#both(java.lang.String)",
                    "@Complete must be unique for an argument, but " + C + "#language(java.lang.String) completes"
                            + " 'language' of 'review' too: " + C + "#languageAgain(java.lang.String)",
                    "@Complete must name exactly one of prompt and resourceTemplate: " + C
                            + "#neither(java.lang.String)",
                    BAD_PARAMETERS + C + "#noParameter()",
                    "@Complete argument must be a variable of template '" + TEMPLATE + "', but 'branch' is not: " + C
                            + "#notAVariable(java.lang.String)",
                    "@Complete argument must be an argument of prompt 'review', but 'tone' is not: " + C
                            + "#notAnArgument(java.lang.String)",
                    BAD_PARAMETERS + C + "#twoStrings(java.lang.String,java.lang.String)",
                    "@Complete prompt must name a @Prompt, but there is no prompt 'nope': " + C
                            + "#unknownPrompt(java.lang.String)",
                    "@Complete resourceTemplate must be the uriTemplate of a @ResourceTemplate, but 'repo://{owner}'"
                            + " is not: " + C + "#unknownTemplate(java.lang.String)"));

    @Test
    void buildFails() {
    }

    /** What the completions complete: all valid. */
    static class Targets {

        @Prompt
        String review(String language, String style, String a1, String a2, String a3, String a4, String a5) {
            return language;
        }

        @ResourceTemplate(uriTemplate = TEMPLATE)
        String repo(String owner, String name) {
            return owner + "/" + name;
        }
    }

    static class Completions {

        // --- valid ---

        @Complete(prompt = "review", argument = "language")
        List<String> language(String prefix) {
            return List.of("java", "kotlin");
        }

        @Complete(resourceTemplate = TEMPLATE, argument = "owner")
        Uni<List<String>> owner(String prefix, McpContext context) {
            return Uni.createFrom().item(List.of("quarkusio"));
        }

        @Complete(resourceTemplate = TEMPLATE, argument = "name")
        CompletionStage<List<String>> name(McpContext context, String prefix) {
            return CompletableFuture.completedFuture(List.of("quarkus"));
        }

        // --- invalid, one rule each ---

        @Complete(argument = "language")
        List<String> neither(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", resourceTemplate = TEMPLATE, argument = "owner")
        List<String> both(String prefix) {
            return List.of();
        }

        @Complete(prompt = "nope", argument = "language")
        List<String> unknownPrompt(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "tone")
        List<String> notAnArgument(String prefix) {
            return List.of();
        }

        @Complete(resourceTemplate = "repo://{owner}", argument = "owner")
        List<String> unknownTemplate(String prefix) {
            return List.of();
        }

        @Complete(resourceTemplate = TEMPLATE, argument = "branch")
        List<String> notAVariable(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "language")
        List<String> languageAgain(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "style")
        List<String> noParameter() {
            return List.of();
        }

        @Complete(prompt = "review", argument = "a1")
        List<String> twoStrings(String prefix, String other) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "a2")
        List<String> anInt(int prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "a3")
        List<Integer> badReturn(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "a4")
        String badReturnString(String prefix) {
            return "";
        }
    }
}
