package io.github.quarkmcp.runtime.devmode;

import io.quarkus.dev.spi.HotReplacementContext;
import io.quarkus.dev.spi.HotReplacementSetup;

/**
 * Dev mode: lets MCP messages check for changed sources themselves before they are handled (see
 * {@link DevModeReload}), so that a client that only talks over an open WebSocket still sees its edits and a broken
 * build is reported to clients as JSON-RPC errors.
 */
public class McpHotReplacementSetup implements HotReplacementSetup {

    @Override
    public void setupHotDeployment(HotReplacementContext context) {
        DevModeReload.install(context);
        context.addPreRestartStep(() -> {
            DevModeReload.beforeRestart();
            // Before the old application stops (and Quarkus closes the connections it served), tell WebSocket
            // clients why their socket closes.
            DevModeState.beforeReload();
        });
    }

    @Override
    public void close() {
        DevModeReload.uninstall();
    }
}
