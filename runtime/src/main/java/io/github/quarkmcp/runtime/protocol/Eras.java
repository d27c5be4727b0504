package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;

/**
 * Which era a message belongs to, decided per message, and the context of a modern (stateless) message read from
 * its {@code _meta}: the one place these rules live, for every transport.
 */
public final class Eras {

    public static final String META = "_meta";
    public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";
    public static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private Eras() {
    }

    /**
     * Whether {@code message} is served statelessly: it names a version in {@code _meta} that is not one of the
     * legacy versions (which are negotiated by {@code initialize}), or its transport says it speaks a modern one
     * ({@code transportVersion}, e.g. the {@code MCP-Protocol-Version} header; {@code null} when it says nothing).
     * An unknown version counts as modern, so that it is refused as unsupported with the modern error.
     */
    public static boolean isModern(JsonRpcMessage message, String transportVersion) {
        if (transportVersion != null && ProtocolVersion.isModern(transportVersion)) {
            return true;
        }
        JsonNode version = message.params().path(META).get(PROTOCOL_VERSION);
        if (version == null) {
            return false;
        }
        return !version.isTextual() || !ProtocolVersion.isSupported(version.asText())
                || ProtocolVersion.isModern(version.asText());
    }

    /** The version a modern message names in its {@code _meta}, or {@code null} when it names none (as text). */
    public static String declaredVersion(JsonRpcMessage message) {
        JsonNode version = message.params().path(META).get(PROTOCOL_VERSION);
        return version != null && version.isTextual() ? version.asText() : null;
    }

    /**
     * The context of a modern message, from its {@code _meta}; refused with {@code -32602} when a required field is
     * missing or malformed, and with {@code -32022} when the version is not one we speak.
     *
     * @param connection where requests of this message's connection are tracked for cancellation by id, or
     *        {@code null}
     */
    public static RequestContext modernContext(JsonRpcMessage message, McpSession connection) {
        JsonNode id = message.id();
        JsonNode meta = message.params().get(META);
        if (meta == null || !meta.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: a " + ProtocolVersion.V2026_07_28 + " request needs \"params._meta\" (an object) with \""
                            + PROTOCOL_VERSION + "\" and \"" + CLIENT_CAPABILITIES + "\"");
        }
        JsonNode version = meta.get(PROTOCOL_VERSION);
        if (version == null || !version.isTextual()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"_meta\" needs \"" + PROTOCOL_VERSION + "\" (a string)");
        }
        if (!ProtocolVersion.isModern(version.asText()) || !ProtocolVersion.isSupported(version.asText())) {
            throw unsupportedVersion(id, version.asText());
        }
        JsonNode capabilities = meta.get(CLIENT_CAPABILITIES);
        if (capabilities == null || !capabilities.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"_meta\" needs \"" + CLIENT_CAPABILITIES + "\" (an object, {} if none)");
        }
        JsonNode clientInfo = meta.get(CLIENT_INFO);
        if (clientInfo != null && !clientInfo.isObject()) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"" + CLIENT_INFO + "\" must be an object with \"name\" and \"version\"");
        }
        JsonNode level = meta.get(LOG_LEVEL);
        LogLevel logLevel = null;
        if (level != null) {
            logLevel = level.isTextual() ? LogLevel.fromWireName(level.asText()).orElse(null) : null;
            if (logLevel == null) {
                throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"" + LOG_LEVEL
                        + "\" must be one of debug, info, notice, warning, error, critical, alert, emergency");
            }
        }
        return new RequestContext(version.asText(), connection, (ObjectNode) capabilities, clientInfo, logLevel);
    }

    /**
     * The context of a message on a connection that is one session for its whole life (a WebSocket, stdio), in the
     * message's era: a modern one is stateless, though tracked by the connection so that it can be cancelled by id or
     * when the connection ends; a legacy one belongs to the connection's session. Refuses a malformed modern request
     * as {@link #modernContext} does.
     */
    public static RequestContext onConnection(JsonRpcMessage message, McpSession connection) {
        if (!isModern(message, null)) {
            return RequestContext.legacy(connection, connection.protocolVersion() != null ? connection.protocolVersion()
                    : ProtocolVersion.LATEST_LEGACY);
        }
        return message.isRequest() ? modernContext(message, connection) : modernNotificationContext(message, connection);
    }

    /**
     * The context of a modern notification. The schema requires no {@code _meta} field of a notification, so none is
     * demanded: a cancellation must not be lost for want of a field that only requests need.
     *
     * @param connection where the connection's requests are tracked for cancellation by id, or {@code null}
     */
    public static RequestContext modernNotificationContext(JsonRpcMessage message, McpSession connection) {
        String version = declaredVersion(message);
        return new RequestContext(version != null && ProtocolVersion.isModern(version) ? version
                : ProtocolVersion.V2026_07_28, connection, JsonRpcMessage.NO_PARAMS, null, null);
    }

    /** {@code UnsupportedProtocolVersionError}: the versions we speak and the one asked for. */
    public static JsonRpcException unsupportedVersion(JsonNode id, String requested) {
        return new JsonRpcException(id, JsonRpc.UNSUPPORTED_PROTOCOL_VERSION,
                "Unsupported protocol version: " + requested + "; supported: " + String.join(", ", ProtocolVersion.SUPPORTED),
                "{\"supported\":" + ProtocolVersion.SUPPORTED_JSON + ",\"requested\":" + JsonRpc.quote(requested) + "}");
    }
}
