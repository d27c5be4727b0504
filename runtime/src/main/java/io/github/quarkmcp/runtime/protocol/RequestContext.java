package io.github.quarkmcp.runtime.protocol;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;

/**
 * What the protocol core knows about one message besides its content, the same for both eras: a handler reads
 * the version, the client's capabilities and the log level from here, never from a session.
 * <p>
 * A legacy (2025) message gets these from its session, which recorded them at {@code initialize}; a modern (2026)
 * one from its own {@code _meta} ({@link Eras#modernContext}).
 *
 * @param protocolVersion the version the message is handled under
 * @param session the session of a legacy message; for a modern one, the connection whose requests can be cancelled
 *        by id (a WebSocket), else {@code null}. Never a source of defaults for a modern message.
 * @param clientCapabilities the capabilities the client declared (an empty object if none)
 * @param clientInfo the client's {@code Implementation} ({@code name}, {@code version}), or {@code null}
 * @param logLevel the lowest level of {@code notifications/message} the client wants for this request; {@code null}
 *        for a modern request that did not ask for any (the spec forbids sending it any). Legacy requests read the
 *        session's level at the time of logging instead, since {@code logging/setLevel} may change it meanwhile.
 */
public record RequestContext(String protocolVersion, McpSession session, ObjectNode clientCapabilities,
        JsonNode clientInfo, LogLevel logLevel) {

    /** Whether the message is of the stateless era. */
    public boolean modern() {
        return ProtocolVersion.isModern(protocolVersion);
    }

    /** The session a legacy message belongs to; empty for a modern message, which has none. */
    public Optional<McpSession> legacySession() {
        return modern() ? Optional.empty() : Optional.ofNullable(session);
    }

    /** The context of a legacy message of {@code session} handled under {@code version}. */
    public static RequestContext legacy(McpSession session, String version) {
        return new RequestContext(version, session, session.clientCapabilities(), session.clientInfo(), null);
    }
}
