package io.github.quarkmcp.it.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.quarkmcp.Elicitation;
import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.Root;
import io.github.quarkmcp.SamplingRequest;
import io.github.quarkmcp.SamplingResult;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.mutiny.Uni;

/**
 * The tools (and the prompt) of the conformance suite that ask the client: elicitation and sampling in the 2025
 * scenarios, and the multi round-trip requests of 2026-07-28, written with the public API as a user would; the same
 * code serves both eras.
 */
@ApplicationScoped
@IfBuildProfile("conformance")
public class ConformanceAskingTools {

    /** The form of {@code test_elicitation}. */
    public record UserInfo(@ToolArg(description = "Your username") String username,
            @ToolArg(description = "Your email address") @FormField(format = "email") String email) {
    }

    /** SEP-1034: a default for every kind of field. */
    public record DefaultsForm(@ToolArg(description = "Your name", defaultValue = "John Doe") String name,
            @ToolArg(description = "Your age", defaultValue = "30") int age,
            @ToolArg(description = "Your score", defaultValue = "95.5") double score,
            @ToolArg(description = "Your status", defaultValue = "active") Status status,
            @ToolArg(description = "Whether you are verified", defaultValue = "true") boolean verified) {
    }

    public enum Status {
        @JsonProperty("active")
        ACTIVE,
        @JsonProperty("inactive")
        INACTIVE,
        @JsonProperty("pending")
        PENDING
    }

    /** The form asked under the key {@code user_name} in 2026-07-28. */
    public record UserName(@ToolArg(description = "Your name") String name) {
    }

    public record Confirmation(@ToolArg(description = "Go on?") boolean ok) {
    }

    public record FavoriteColor(@ToolArg(description = "Your favourite colour") String color) {
    }

    public record PromptContext(@ToolArg(description = "Context for the prompt") String context) {
    }

    // --- 2025-11-25: the server asks on the call's stream ---

    @Tool(name = "test_elicitation", description = "Asks the user for a username and an email address.")
    public String elicitation(@ToolArg(description = "The message to show the user") String message, McpContext ctx) {
        Elicitation<UserInfo> answer = ctx.elicit(message, UserInfo.class);
        return "User response: action=" + answer.action().name().toLowerCase() + ", content=" + answer.value();
    }

    @Tool(name = "test_sampling", description = "Asks the client's model to answer a prompt.")
    public String sampling(@ToolArg(description = "The prompt for the model") String prompt, McpContext ctx) {
        return "LLM response: " + ctx.sample(SamplingRequest.of(prompt).withMaxTokens(100)).text();
    }

    @Tool(name = "test_elicitation_sep1034_defaults", description = "Asks with a default for every field (SEP-1034).")
    public String elicitationDefaults(McpContext ctx) {
        Elicitation<DefaultsForm> answer = ctx.elicit("Please review and update the form fields with defaults",
                DefaultsForm.class);
        return "Elicitation completed: action=" + answer.action().name().toLowerCase() + ", content=" + answer.value();
    }

    /**
     * SEP-1330's five enum shapes. The legacy {@code enumNames} shape is deprecated and no record maps to it, so this
     * tool writes its schema out, as a tool with a schema known only at run time would.
     */
    @Tool(name = "test_elicitation_sep1330_enums", description = "Asks with every enum shape (SEP-1330).")
    public String elicitationEnums(McpContext ctx) {
        List<String> options = List.of("option1", "option2", "option3");
        List<Map<String, String>> titled = List.of(Map.of("const", "value1", "title", "First Option"),
                Map.of("const", "value2", "title", "Second Option"), Map.of("const", "value3", "title", "Third Option"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("untitledSingle", Map.of("type", "string", "description", "Select one option", "enum", options));
        properties.put("titledSingle", Map.of("type", "string", "description", "Select one option with titles",
                "oneOf", titled));
        properties.put("legacyEnum", Map.of("type", "string", "description", "Select one option (legacy)",
                "enum", options, "enumNames", List.of("Option One", "Option Two", "Option Three")));
        properties.put("untitledMulti", Map.of("type", "array", "description", "Select multiple options",
                "items", Map.of("type", "string", "enum", options)));
        properties.put("titledMulti", Map.of("type", "array", "description", "Select multiple options with titles",
                "items", Map.of("anyOf", titled)));
        Elicitation<Map<String, Object>> answer = ctx.elicit("Please select options from the enum fields",
                Map.of("type", "object", "properties", properties));
        return "Elicitation completed: action=" + answer.action().name().toLowerCase() + ", content=" + answer.value();
    }

    // --- 2026-07-28: the call ends with its questions and runs again with the answers ---

    @Tool(name = "test_input_required_result_elicitation", description = "Asks the user's name.")
    public String inputRequiredElicitation(McpContext ctx) {
        Elicitation<UserName> answer = ctx.elicit("Please provide your name", UserName.class);
        return answer.accepted() ? "Hello, " + answer.value().name() + "!" : "No name given (" + answer.action() + ")";
    }

    @Tool(name = "test_input_required_result_sampling", description = "Asks the client's model a question.")
    public String inputRequiredSampling(McpContext ctx) {
        SamplingResult answer = ctx.sample(SamplingRequest.of("What is the capital of France?")
                .withSystemPrompt("You are a helpful assistant.").withMaxTokens(100));
        return "The model said: " + answer.text();
    }

    @Tool(name = "test_input_required_result_list_roots", description = "Lists the client's roots.")
    public String inputRequiredRoots(McpContext ctx) {
        return "Roots: " + ctx.roots().stream().map(Root::uri).collect(Collectors.joining(", "));
    }

    @Tool(name = "test_input_required_result_request_state", description = "Asks for a confirmation.")
    public String inputRequiredRequestState(McpContext ctx) {
        return ctx.elicit("Please confirm", Confirmation.class).accepted() ? "state-ok" : "not confirmed";
    }

    @Tool(name = "test_input_required_result_multiple_inputs", description = "Asks three things at once.")
    public String inputRequiredMultiple(McpContext ctx) {
        // The async variants ask when called: all three go out in one round.
        Uni<Elicitation<UserName>> name = ctx.elicitAsync("Please provide your name", UserName.class);
        Uni<SamplingResult> greeting = ctx.sampleAsync(SamplingRequest.of("Say hello").withMaxTokens(100));
        Uni<List<Root>> roots = ctx.rootsAsync();
        return "name=" + name.await().indefinitely().value().name() + ", greeting=" + greeting.await().indefinitely().text()
                + ", roots=" + roots.await().indefinitely().size();
    }

    @Tool(name = "test_input_required_result_multi_round", description = "Asks two questions, one after the other.")
    public String inputRequiredMultiRound(McpContext ctx) {
        String name = ctx.elicit("Please provide your name", UserName.class).value().name();
        String color = ctx.elicit("Hello " + name + ", what is your favourite colour?", FavoriteColor.class).value().color();
        return name + " likes " + color;
    }

    @Tool(name = "test_input_required_result_tampered_state", description = "Asks for a confirmation.")
    public String inputRequiredTamperedState(McpContext ctx) {
        return ctx.elicit("Please confirm", Confirmation.class).accepted() ? "confirmed" : "not confirmed";
    }

    @Tool(name = "test_input_required_result_capabilities", description = "Asks only what the client can answer.")
    public String inputRequiredCapabilities(McpContext ctx) {
        if (ctx.clientSupports("elicitation")) {
            return "name: " + ctx.elicit("Please provide your name", UserName.class).value().name();
        }
        if (ctx.clientSupports("sampling")) {
            return "model: " + ctx.sample(SamplingRequest.of("Say hello").withMaxTokens(100)).text();
        }
        return "this client cannot be asked anything";
    }

    @Prompt(name = "test_input_required_result_prompt", description = "A prompt that asks for context first.")
    public PromptMessage inputRequiredPrompt(McpContext ctx) {
        Elicitation<PromptContext> answer = ctx.elicit("Please provide context for the prompt", PromptContext.class);
        return PromptMessage.user("Use this context: " + (answer.accepted() ? answer.value().context() : "none"));
    }
}
