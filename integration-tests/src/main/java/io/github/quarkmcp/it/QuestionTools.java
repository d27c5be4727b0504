package io.github.quarkmcp.it;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import io.github.quarkmcp.ClientRequestException;
import io.github.quarkmcp.Elicitation;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * Tools that ask the user, so that a client can watch each way a question ends: {@code ask_name} asks once and
 * records what became of its question ({@code question_outcomes}); {@code onboard} asks two questions, the second
 * depending on the first.
 */
public class QuestionTools {

    public record Name(@ToolArg(description = "your name") String name) {
    }

    public record Team(@ToolArg(description = "the team you join") String team) {
    }

    private final Map<String, String> outcomes = new ConcurrentHashMap<>();

    @Tool(name = "ask_name", description = "Asks the user's name; what became of the question is in question_outcomes")
    public String askName(@ToolArg(description = "a name to find this question by in question_outcomes") String label,
            McpContext ctx) {
        try {
            Elicitation<Name> answer = ctx.elicit("What is your name?", Name.class);
            outcomes.put(label, "answered: " + answer.action().name().toLowerCase());
            return answer.accepted() ? "Hello, " + answer.value().name() : "no name";
        } catch (ClientRequestException e) {
            outcomes.put(label, "failed: " + e.getMessage());
            throw e;
        } catch (CancellationException e) {
            outcomes.put(label, "cancelled");
            throw e;
        }
    }

    @Tool(name = "question_outcomes", description = "What became of each ask_name question, by label")
    public Map<String, String> questionOutcomes() {
        return Map.copyOf(outcomes);
    }

    @Tool(name = "onboard", description = "Asks the user's name, then which team they join")
    public String onboard(McpContext ctx) {
        String name = ctx.elicit("What is your name?", Name.class).value().name();
        String team = ctx.elicit("Welcome, " + name + ". Which team do you join?", Team.class).value().team();
        return name + " joins " + team;
    }
}
