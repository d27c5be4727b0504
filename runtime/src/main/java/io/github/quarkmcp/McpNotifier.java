package io.github.quarkmcp;

/**
 * Tells connected clients that what the server offers has changed. Inject it where the change happens:
 *
 * <pre>{@code
 * @Inject
 * McpNotifier notifier;
 * ...
 * notifier.toolsListChanged();
 * }</pre>
 *
 * Clients of 2025 sessions receive the notification on their session's GET stream or WebSocket; 2026-07-28 clients
 * on each {@code subscriptions/listen} stream that asked for that kind of change. Safe to call from any thread; it
 * never blocks.
 */
public interface McpNotifier {

    /**
     * The tool list changed ({@code notifications/tools/list_changed}). Tools are fixed when the application is
     * built, so servers advertise {@code tools.listChanged} only in dev mode unless
     * {@code quarkus.mcp.tools.list-changed=true} says that the application calls this.
     */
    void toolsListChanged();

    /**
     * The resource at {@code uri} changed ({@code notifications/resources/updated}): sent to the 2025 sessions that
     * subscribed to it ({@code resources/subscribe}) and to the 2026-07-28 listen streams whose
     * {@code resourceSubscriptions} name it.
     */
    void resourceUpdated(String uri);

    /** The list of resources changed ({@code notifications/resources/list_changed}). */
    void resourcesListChanged();

    /** The list of prompts changed ({@code notifications/prompts/list_changed}). */
    void promptsListChanged();
}
