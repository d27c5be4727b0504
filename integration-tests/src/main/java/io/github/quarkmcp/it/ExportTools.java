package io.github.quarkmcp.it;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/** The seed's four-stage operation, written with progress stages. */
public class ExportTools {

    public record ExportReport(int rows, String status) {
    }

    @Tool(name = "export_data", description = "Validates, exports, transforms and imports rows, in four stages.")
    public ExportReport exportData(@ToolArg(description = "how many rows to move", defaultValue = "8") int rows,
            McpContext ctx) throws InterruptedException {
        ProgressStage validation = ctx.stage(0, 25);
        ProgressStage export = ctx.stage(25, 60);
        ProgressStage transform = ctx.stage(60, 80);
        ProgressStage load = ctx.stage(80, 100);
        runStage(validation, rows, "validating");
        runStage(export, rows, "exporting");
        runStage(transform, rows, "transforming");
        runStage(load, rows, "importing");
        return new ExportReport(rows, "done");
    }

    private static void runStage(ProgressStage stage, int rows, String step) throws InterruptedException {
        for (int row = 1; row <= rows; row++) {
            Thread.sleep(5); // the work on one row
            stage.report(row, rows, step + " row " + row + " of " + rows);
        }
    }
}
