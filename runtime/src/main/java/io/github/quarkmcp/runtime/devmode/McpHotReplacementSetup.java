package io.github.quarkmcp.runtime.devmode;

import io.quarkus.dev.spi.HotReplacementContext;
import io.quarkus.dev.spi.HotReplacementSetup;

/**
 * Dev mode: lets MCP traffic that is not an HTTP request (a WebSocket message) check for changed sources, as every
 * HTTP request does, so a client that only talks over an open socket still sees its edits.
 */
public class McpHotReplacementSetup implements HotReplacementSetup {

    @Override
    public void setupHotDeployment(HotReplacementContext context) {
        DevModeReload.install(context);
        // Before the old application stops (and Quarkus closes the connections it served), tell WebSocket clients
        // why their socket closes.
        context.addPreRestartStep(DevModeState::beforeReload);
    }

    @Override
    public void close() {
        DevModeReload.uninstall();
    }
}
