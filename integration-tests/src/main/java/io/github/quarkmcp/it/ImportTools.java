package io.github.quarkmcp.it;

import java.util.List;

import io.github.quarkmcp.Elicitation;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;
import io.github.quarkmcp.Root;
import io.github.quarkmcp.SamplingRequest;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * A long job that needs a decision half-way: it validates, asks the user what to do with the bad rows, then imports,
 * reporting progress all along. The same code runs in both protocol eras; in 2026-07-28 the validation runs again on
 * the retry that brings the answer, which is why nothing is written before the question.
 */
public class ImportTools {

    /** The question asked when rows are invalid. */
    public record Choice(@ToolArg(description = "Skip the invalid rows and import the rest?") boolean skip) {
    }

    /** What an import did. */
    public record Report(int imported, int skipped, String outcome) {
    }

    @Tool(name = "import_rows", description = "Imports rows from a file, asking what to do with invalid ones")
    public Report importRows(@ToolArg(description = "the file to import") String file,
            @ToolArg(description = "how many rows the file has") int rows,
            @ToolArg(description = "how many of them are invalid") int invalid, McpContext ctx) {
        ProgressStage validation = ctx.stage(0, 30);
        for (int row = 1; row <= rows; row++) {
            validation.report(row, rows, "validated row " + row + " of " + file);
        }
        int skipped = 0;
        if (invalid > 0) {
            Elicitation<Choice> answer = ctx.elicit(invalid + " rows of " + file + " are invalid. Skip them?",
                    Choice.class);
            if (!answer.accepted() || !answer.value().skip()) {
                return new Report(0, 0, "stopped: " + answer.action().name().toLowerCase());
            }
            skipped = invalid;
        }
        ProgressStage writing = ctx.stage(30, 100);
        int toImport = rows - skipped;
        for (int row = 1; row <= toImport; row++) {
            writing.report(row, toImport, "imported row " + row);
        }
        return new Report(toImport, skipped, "imported");
    }

    @Tool(name = "summarise", description = "Asks the client's model for a one-line summary of a text")
    public String summarise(@ToolArg(description = "the text") String text, McpContext ctx) {
        return ctx.sample(SamplingRequest.of("Summarise in one line: " + text)
                .withSystemPrompt("You write one-line summaries.").withMaxTokens(60)).text();
    }

    @Tool(name = "list_roots", description = "The client's roots")
    public List<Root> listRoots(McpContext ctx) {
        return ctx.roots();
    }

    @Tool(name = "open_dashboard", description = "Asks the user to open a URL (URL-mode elicitation)")
    public String openDashboard(McpContext ctx) {
        Elicitation<Void> answer = ctx.elicitUrl("Please sign in to the dashboard", "https://dashboard.example.com/login");
        return "the user answered: " + answer.action().name().toLowerCase();
    }
}
