package io.github.quarkmcp.runtime.protocol;

/**
 * What a transport knows about a message besides its content.
 *
 * @param session the session the message belongs to; {@code null} on a transport without sessions
 * @param protocolVersion the protocol version this message is handled under
 */
public record MessageContext(McpSession session, String protocolVersion) {
}
