package io.github.quarkmcp.deployment;

import io.github.quarkmcp.runtime.protocol.McpServer;
import io.quarkus.builder.item.SimpleBuildItem;
import io.quarkus.runtime.RuntimeValue;

/** The running server's core, which every transport's route is given. */
public final class McpServerBuildItem extends SimpleBuildItem {

    private final RuntimeValue<McpServer> server;

    public McpServerBuildItem(RuntimeValue<McpServer> server) {
        this.server = server;
    }

    public RuntimeValue<McpServer> server() {
        return server;
    }
}
