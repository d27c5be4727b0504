package io.github.quarkmcp.it;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/** Tools that push the server: a tool that logs far faster than any client reads. */
public class RobustnessTools {

    @Tool(name = "log_flood", description = "Logs count info messages as fast as it can, then returns count.")
    public int logFlood(@ToolArg(description = "how many messages to log") int count, McpContext ctx) {
        for (int i = 1; i <= count; i++) {
            ctx.info("flood message " + i);
        }
        return count;
    }
}
