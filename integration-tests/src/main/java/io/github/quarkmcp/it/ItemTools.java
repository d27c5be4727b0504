package io.github.quarkmcp.it;

import java.util.ArrayList;
import java.util.List;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/** The seed example: a tool that takes time and shows how far along it is. */
public class ItemTools {

    /** What {@code process_items} returns. */
    public record Processed(int processed, List<String> results) {
    }

    @Tool(name = "process_items", description = "Process a list of items with progress updates.")
    public Processed processItems(@ToolArg(description = "items to upper-case") List<String> items, McpContext ctx)
            throws InterruptedException {
        int total = items.size();
        List<String> results = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            ctx.reportProgress(i, total);
            Thread.sleep(100);
            results.add(items.get(i).toUpperCase());
        }
        ctx.reportProgress(total, total);
        return new Processed(results.size(), results);
    }
}
