package io.github.quarkmcp.runtime.transport.http;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.Eras;
import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.invocation.ParameterMetadata;
import io.github.quarkmcp.runtime.tools.RegisteredTool;
import io.github.quarkmcp.runtime.tools.ToolRegistry;
import io.vertx.core.http.HttpServerRequest;

/**
 * The 2026-07-28 request metadata headers: {@code MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name} and the
 * {@code Mcp-Param-*} headers of {@code x-mcp-header} arguments mirror the body, so that intermediaries can route on
 * them; a server must refuse a request whose headers are missing or say something else than its body
 * ({@code HeaderMismatch}, {@code -32020}, HTTP 400), or a gateway and this server could act on different values.
 */
final class RequestMetadataHeaders {

    static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    static final String METHOD = "Mcp-Method";
    static final String NAME = "Mcp-Name";
    static final String PARAM_PREFIX = "Mcp-Param-";

    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private RequestMetadataHeaders() {
    }

    /**
     * Refuses with {@code -32020} a modern request without {@code MCP-Protocol-Version}, or whose header names another
     * version than its {@code _meta} (a body that names none is the core's to refuse, with {@code -32602}).
     */
    static void checkVersion(HttpServerRequest request, JsonRpcMessage message) {
        JsonNode id = message.id();
        String version = request.getHeader(PROTOCOL_VERSION);
        if (version == null) {
            throw mismatch(id, "the " + PROTOCOL_VERSION + " header is missing");
        }
        String declared = Eras.declaredVersion(message);
        if (declared != null && !version.equals(declared)) {
            throw mismatch(id, PROTOCOL_VERSION + " header value '" + version + "' does not match body value '"
                    + declared + "'");
        }
    }

    /** Refuses with {@code -32020} a modern request whose other metadata headers do not match its body. */
    static void check(HttpServerRequest request, JsonRpcMessage message, ToolRegistry tools) {
        JsonNode id = message.id();
        if (!message.isRequest()) {
            return; // the spec defines no headers for notifications
        }
        String method = request.getHeader(METHOD);
        if (method == null) {
            throw mismatch(id, "the " + METHOD + " header is missing");
        }
        if (!method.equals(message.method())) {
            throw mismatch(id, METHOD + " header value '" + method + "' does not match body value '" + message.method()
                    + "'");
        }
        String nameField = nameField(message.method());
        if (nameField == null) {
            return;
        }
        JsonNode bodyName = message.params().get(nameField);
        String header = request.getHeader(NAME);
        if (header == null) {
            throw mismatch(id, "the " + NAME + " header is missing (it must carry params." + nameField + ")");
        }
        String headerName = decode(header, NAME, id);
        if (bodyName == null || !bodyName.isTextual() || !headerName.equals(bodyName.asText())) {
            throw mismatch(id, NAME + " header value '" + headerName + "' does not match body value '"
                    + (bodyName == null ? null : bodyName.asText()) + "'");
        }
        if (message.method().equals("tools/call")) {
            RegisteredTool tool = tools.find(headerName);
            if (tool != null) {
                checkParameters(request, tool, message.params().get("arguments"), id);
            }
        }
    }

    /** The body field that {@code Mcp-Name} mirrors for {@code method}, or {@code null} if it has none. */
    private static String nameField(String method) {
        switch (method) {
            case "tools/call":
            case "prompts/get":
                return "name";
            case "resources/read":
                return "uri";
            default:
                return null;
        }
    }

    private static void checkParameters(HttpServerRequest request, RegisteredTool tool, JsonNode arguments, JsonNode id) {
        for (ParameterMetadata parameter : tool.headerParameters()) {
            String headerName = PARAM_PREFIX + parameter.getHeader();
            String header = request.getHeader(headerName);
            JsonNode value = arguments == null ? null : arguments.get(parameter.getName());
            if (value == null || value.isNull()) {
                if (header != null) {
                    throw mismatch(id, headerName + " header is present but argument '" + parameter.getName()
                            + "' is not in the body");
                }
                continue;
            }
            if (header == null) {
                throw mismatch(id, "the " + headerName + " header is missing (it must carry argument '"
                        + parameter.getName() + "')");
            }
            String decoded = decode(header, headerName, id);
            if (!matches(decoded, value)) {
                throw mismatch(id, headerName + " header value '" + decoded + "' does not match body value '"
                        + (value.isTextual() ? value.asText() : value.toString()) + "'");
            }
        }
    }

    /** Strings compare as they are, booleans as {@code true}/{@code false}, integers as numbers ({@code 42.0} is 42). */
    private static boolean matches(String header, JsonNode value) {
        if (value.isTextual()) {
            return header.equals(value.asText());
        }
        if (value.isBoolean()) {
            return header.equals(value.asText());
        }
        if (value.isNumber()) {
            try {
                return new BigDecimal(header).compareTo(value.decimalValue()) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** A header value as text: the Base64 sentinel form decoded, a plain value checked for what a header may hold. */
    private static String decode(String value, String header, JsonNode id) {
        if (value.startsWith(BASE64_PREFIX) && value.endsWith(BASE64_SUFFIX)
                && value.length() >= BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            String encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
            if (encoded.length() % 4 != 0) { // Java's decoder accepts missing padding; the spec's test cases do not
                throw mismatch(id, header + " header value is not valid Base64 (padding missing): " + value);
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(encoded);
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (IllegalArgumentException | CharacterCodingException e) {
                throw mismatch(id, header + " header value is not valid Base64 of UTF-8 text: " + value);
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c <= 0x7E))) {
                throw mismatch(id, header + " header value contains a character a header may not carry (code "
                        + (int) c + "); clients must send such values in the =?base64?...?= form");
            }
        }
        return value;
    }

    private static JsonRpcException mismatch(JsonNode id, String what) {
        return new JsonRpcException(id, JsonRpc.HEADER_MISMATCH, "Header mismatch: " + what);
    }
}
