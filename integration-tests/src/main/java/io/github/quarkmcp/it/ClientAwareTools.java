package io.github.quarkmcp.it;

import java.util.Set;

import io.github.quarkmcp.ClientInfo;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;

/**
 * Tools that depend on who calls them: what the context says of the call in either protocol era, a tool that needs
 * a client capability, and one whose arguments gateways can route on ({@code Mcp-Param-*} headers, 2026-07-28).
 */
public class ClientAwareTools {

    /** What a tool can know about its call. */
    public record CallInfo(String protocolVersion, String sessionId, Set<String> clientCapabilities, String clientName) {
    }

    @Tool(name = "call_info", description = "The protocol version, session, client capabilities and client of this call.")
    public CallInfo callInfo(McpContext ctx) {
        return new CallInfo(ctx.protocolVersion(), ctx.sessionId().orElse(null), ctx.clientCapabilities(),
                ctx.clientInfo().map(ClientInfo::name).orElse(null));
    }

    @Tool(name = "confirm_with_user", description = "Needs a client that can ask its user (elicitation).",
            requiredClientCapabilities = "elicitation")
    public String confirmWithUser() {
        return "this client can ask its user";
    }

    @Tool(name = "regional_export", description = "Exports one shard of a region; gateways route on both.")
    public String regionalExport(@ToolArg(header = "Region", description = "the cloud region") String region,
            @ToolArg(header = "Shard", description = "the shard number") int shard,
            @ToolArg(header = "Dry-Run", description = "only pretend", defaultValue = "false") boolean dryRun) {
        return (dryRun ? "would export " : "exported ") + region + "/" + shard;
    }
}
