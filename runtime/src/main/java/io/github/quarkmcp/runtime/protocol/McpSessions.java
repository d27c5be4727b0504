package io.github.quarkmcp.runtime.protocol;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jboss.logging.Logger;

import io.github.quarkmcp.LogLevel;

/**
 * The live sessions, bounded in number and in idle time.
 * <p>
 * Session ids are 32 bytes from {@link SecureRandom}, base64url: visible ASCII, unguessable. The generator is
 * created with this object, at run time, so a native image never captures a seeded generator.
 */
public final class McpSessions {

    private static final Logger LOG = Logger.getLogger(McpSessions.class);

    private final ConcurrentMap<String, McpSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    // Not final: a dev-mode reload keeps the sessions and applies edited settings to them.
    private volatile int maxSessions;
    private volatile long idleTimeoutNanos;
    private volatile LogLevel defaultLogLevel;

    public McpSessions(int maxSessions, Duration idleTimeout, LogLevel defaultLogLevel) {
        configure(maxSessions, idleTimeout, defaultLogLevel);
    }

    /** Applies the settings to the sessions created from now on and to the idle sweep. */
    public void configure(int maxSessions, Duration idleTimeout, LogLevel defaultLogLevel) {
        this.maxSessions = maxSessions;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.defaultLogLevel = defaultLogLevel;
    }

    /** A new session, or {@code null} when the limit is reached. */
    public McpSession create() {
        if (sessions.size() >= maxSessions) {
            return null;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        McpSession session = new McpSession(encoder.encodeToString(bytes), defaultLogLevel);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, or {@code null} if it never existed, was ended or expired. */
    public McpSession find(String id) {
        return sessions.get(id);
    }

    /** Ends a session; later messages for it get "unknown session". Returns whether it was live. */
    public boolean end(String id) {
        McpSession session = sessions.remove(id);
        if (session == null) {
            return false;
        }
        session.close();
        return true;
    }

    /** Ends the sessions that stayed idle past the timeout. */
    public void endIdle() {
        long cutoff = System.nanoTime() - idleTimeoutNanos;
        sessions.values().removeIf(session -> {
            if (session.isIdleSince(cutoff)) {
                LOG.debugf("Ending idle MCP session %s", session.id());
                session.close();
                return true;
            }
            return false;
        });
    }

    /**
     * Dev mode is reloading the application: sessions bound to a connection end (their sockets close), the others
     * stay for their clients to go on with, without the calls that were running.
     */
    public void prepareForReload() {
        sessions.values().removeIf(session -> {
            if (session.isConnectionBound()) {
                session.close();
                return true;
            }
            session.cancelCalls();
            return false;
        });
    }

    /**
     * Sends a message to every 2025 session that has a stream open for messages not tied to a request. A connection
     * that never sent {@code initialize} (a 2026-07-28 client on a WebSocket or stdio) asked for nothing of the kind:
     * it hears of changes only through its {@code subscriptions/listen} streams.
     */
    public void broadcast(String json) {
        sessions.values().forEach(session -> {
            if (session.isInitialized()) {
                session.sendOnStandaloneStream(json);
            }
        });
    }

    /** Sends {@code json} (a {@code notifications/resources/updated}) to every session subscribed to {@code uri}. */
    public void resourceUpdated(String uri, String json) {
        sessions.values().forEach(session -> session.resourceUpdated(uri, json));
    }

    /** Ends every session (shutdown). */
    public void endAll() {
        sessions.keySet().forEach(this::end);
    }

    /** How often the idle sweep should run: often enough that a session outlives its timeout by at most half. */
    public Duration sweepInterval() {
        return Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), Math.min(idleTimeoutNanos / 2,
                Duration.ofMinutes(1).toNanos())));
    }
}
