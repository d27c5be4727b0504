package io.github.quarkmcp.runtime.devmode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.quarkmcp.runtime.protocol.McpSessions;
import io.github.quarkmcp.runtime.protocol.Subscriptions;

/**
 * What outlives a dev-mode reload. The extension's runtime classes are not reloaded, only the application's, so a
 * static field here survives a restart: Streamable HTTP sessions are kept (a client goes on with its
 * {@code Mcp-Session-Id}), and the lists' fingerprints tell whether a reload changed them.
 */
public final class DevModeState {

    private static McpSessions sessions;
    private static Subscriptions subscriptions;
    private static final Map<String, String> fingerprints = new HashMap<>();

    private DevModeState() {
    }

    /** The sessions of the previous start, or new ones on the first start. */
    public static synchronized McpSessions sessions(Supplier<McpSessions> create) {
        if (sessions == null) {
            sessions = create.get();
        }
        return sessions;
    }

    /** The 2026-07-28 subscriptions of the previous start, or new ones on the first start. */
    public static synchronized Subscriptions subscriptions(Supplier<Subscriptions> create) {
        if (subscriptions == null) {
            subscriptions = create.get();
        }
        return subscriptions;
    }

    /** A reload is about to stop the application: end what cannot outlive it. */
    static synchronized void beforeReload() {
        if (sessions != null) {
            sessions.prepareForReload();
        }
    }

    /** Records a list of this start ({@code tools}, {@code resources}, {@code prompts}); true if an earlier start had another. */
    public static synchronized boolean changed(String list, String fingerprint) {
        String before = fingerprints.put(list, fingerprint);
        return before != null && !before.equals(fingerprint);
    }
}
