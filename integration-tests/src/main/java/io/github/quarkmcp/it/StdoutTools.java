package io.github.quarkmcp.it;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * A tool that does what careless code does: prints to {@code System.out}. Over stdio that must not reach the protocol
 * stream (it goes to stderr); over HTTP it is an ordinary line on the console.
 */
public class StdoutTools {

    @Tool(name = "print_to_stdout", description = "Prints the text to System.out (and System.out.print without a newline), then returns it.")
    public String printToStdout(@ToolArg(description = "what to print") String text) {
        System.out.println(text);
        System.out.print("{\"not\":\"a protocol message\"}");
        System.out.flush();
        return text;
    }

    @Tool(name = "print_when_cancelled", description = "Reports progress every 50 ms until the call is cancelled (at most a minute), then prints \"cancelled: <label>\" to System.out.")
    public String printWhenCancelled(@ToolArg(description = "what to print with the cancellation") String label,
            McpContext ctx) throws InterruptedException {
        ctx.onCancel(() -> System.out.println("cancelled: " + label));
        for (int tick = 1; tick <= 1200 && !ctx.isCancelled(); tick++) {
            ctx.reportProgress(tick);
            Thread.sleep(50);
        }
        return ctx.isCancelled() ? "cancelled" : "not cancelled within a minute";
    }
}
