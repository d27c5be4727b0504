package io.github.quarkmcp.it;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.github.quarkmcp.Complete;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.McpNotifier;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptArg;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.Resource;
import io.github.quarkmcp.ResourceTemplate;
import io.github.quarkmcp.Tool;

/**
 * The demo's resources, resource template, prompts and completion: an export's data as a resource, slow reads that
 * report progress like a tool does, a prompt that summarises an export, and completion of export ids.
 */
public class ExportResources {

    public static final String LATEST = "file:///reports/latest.csv";

    /** What the export template reads: the month of a year. */
    public record ExportSummary(int year, String month, int rows) {
    }

    private final Set<String> cancelledReads = ConcurrentHashMap.newKeySet();
    private volatile int latestVersion = 1;

    @Inject
    McpNotifier notifier;

    @Resource(uri = LATEST, name = "latest-report", mimeType = "text/csv", description = "The latest export")
    public String latestReport() {
        return "id,rows\nexport-" + latestVersion + ",42\n";
    }

    @ResourceTemplate(uriTemplate = "exports://{year}/{month}", name = "export", mimeType = "application/json",
            description = "The summary of one month's export")
    public ExportSummary export(int year, String month) {
        if (!month.matches("0[1-9]|1[0-2]")) {
            return null; // no such month: the client gets "resource not found"
        }
        return new ExportSummary(year, month, 42);
    }

    @ResourceTemplate(uriTemplate = "slow://{steps}", name = "slow-read", mimeType = "text/plain",
            description = "A read that takes a while and reports progress: one step each 40 ms")
    public String slowRead(int steps, McpContext ctx) throws InterruptedException {
        for (int step = 1; step <= steps; step++) {
            Thread.sleep(40); // longer than the least interval between two progress notifications: none is merged
            ctx.reportProgress(step, steps, "step " + step);
        }
        return "read in " + steps + " steps";
    }

    @ResourceTemplate(uriTemplate = "wait://{label}", name = "wait-for-cancel", mimeType = "text/plain",
            description = "A read that reports progress every 50 ms until it is cancelled (at most a minute)")
    public String waitForCancel(String label, McpContext ctx) throws InterruptedException {
        ctx.onCancel(() -> cancelledReads.add(label));
        for (int tick = 1; tick <= 1200 && !ctx.isCancelled(); tick++) {
            ctx.reportProgress(tick);
            Thread.sleep(50);
        }
        return ctx.isCancelled() ? "cancelled" : "not cancelled within a minute";
    }

    @Tool(name = "cancelled_reads", description = "The labels of the wait:// reads that were cancelled.")
    public Set<String> cancelledReads() {
        return Set.copyOf(cancelledReads);
    }

    @Tool(name = "refresh_latest_report", description = "Makes a new latest report and tells subscribed clients.")
    public String refreshLatestReport() {
        latestVersion++;
        notifier.resourceUpdated(LATEST);
        return "export-" + latestVersion;
    }

    @Prompt(description = "Summarise an export for a manager")
    public List<PromptMessage> summarise(@PromptArg(description = "export id") String id,
            @PromptArg(description = "who reads it", required = false) String audience, McpContext ctx)
            throws InterruptedException {
        ctx.reportProgress(1, 2, "reading " + id);
        Thread.sleep(30); // reading the export; longer than the least interval between two progress notifications
        ctx.reportProgress(2, 2, "written");
        return List.of(PromptMessage.user("Summarise export " + id + " for " + (audience == null ? "a manager" : audience)
                + " in three bullet points."), PromptMessage.assistant("Here is the summary of " + id + ":"));
    }

    @Complete(prompt = "summarise", argument = "id")
    public List<String> exportIds(String prefix) {
        // 150 exports: a client gets the first 100, with total and hasMore.
        return IntStream.rangeClosed(1, 150).mapToObj(n -> "export-" + n).filter(id -> id.startsWith(prefix)).toList();
    }

    @Complete(resourceTemplate = "exports://{year}/{month}", argument = "month")
    public List<String> months(String prefix) {
        return List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12").stream()
                .filter(month -> month.startsWith(prefix)).toList();
    }
}
