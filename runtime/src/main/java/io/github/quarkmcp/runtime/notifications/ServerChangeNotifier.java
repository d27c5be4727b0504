package io.github.quarkmcp.runtime.notifications;

import jakarta.inject.Singleton;

import io.github.quarkmcp.McpNotifier;
import io.github.quarkmcp.runtime.protocol.McpServer;

/** The injectable {@link McpNotifier}: hands each change to the running server, which knows who listens. */
@Singleton
public class ServerChangeNotifier implements McpNotifier {

    private volatile McpServer server;

    /** Connects the notifier to the server once it is built (at start, and after each dev-mode reload). */
    public void attach(McpServer server) {
        this.server = server;
    }

    @Override
    public void toolsListChanged() {
        McpServer current = server;
        if (current != null) {
            current.toolsListChanged();
        }
    }

    @Override
    public void resourceUpdated(String uri) {
        McpServer current = server;
        if (current != null && uri != null) {
            current.resourceUpdated(uri);
        }
    }

    @Override
    public void resourcesListChanged() {
        McpServer current = server;
        if (current != null) {
            current.resourcesListChanged();
        }
    }

    @Override
    public void promptsListChanged() {
        McpServer current = server;
        if (current != null) {
            current.promptsListChanged();
        }
    }
}
