import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON-RPC messages the harness sends, in both eras. A 2026-07-28 request carries its {@code _meta} (protocol
 * version, client capabilities, optionally a log level); a 2025 request relies on its session.
 */
final class Messages {

    static final String LEGACY = "2025-11-25";
    static final String MODERN = "2026-07-28";

    private Messages() {
    }

    static String initialize(Object id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + Json.idJson(id) + ",\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"" + LEGACY + "\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"quarkus-mcp-soak\",\"version\":\"1.0\"}}}";
    }

    static String initialized() {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    }

    /**
     * A {@code tools/call}; {@code arguments} is JSON text, {@code token} the progress token (a String or a Long, null
     * for none); {@code modern} adds the 2026-07-28 {@code _meta}, with {@code logLevel} unless null.
     */
    static String toolCall(Object id, String tool, String arguments, Object token, boolean modern, String logLevel) {
        return request(id, "tools/call", "\"name\":" + Json.quote(tool) + ",\"arguments\":" + arguments, token, modern,
                logLevel);
    }

    /** A request of {@code method} whose params are {@code fields} (JSON object members, maybe empty) and the meta. */
    static String request(Object id, String method, String fields, Object token, boolean modern, String logLevel) {
        StringBuilder meta = new StringBuilder();
        if (token != null) {
            meta.append("\"progressToken\":").append(Json.idJson(token));
        }
        if (modern) {
            if (meta.length() > 0) {
                meta.append(',');
            }
            meta.append("\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN + "\","
                    + "\"io.modelcontextprotocol/clientCapabilities\":{}");
            if (logLevel != null) {
                meta.append(",\"io.modelcontextprotocol/logLevel\":").append(Json.quote(logLevel));
            }
        }
        StringBuilder params = new StringBuilder(fields);
        if (meta.length() > 0) {
            if (params.length() > 0) {
                params.append(',');
            }
            params.append("\"_meta\":{").append(meta).append('}');
        }
        return "{\"jsonrpc\":\"2.0\",\"id\":" + Json.idJson(id) + ",\"method\":" + Json.quote(method)
                + ",\"params\":{" + params + "}}";
    }

    static String cancelled(Object requestId, String reason) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":"
                + Json.idJson(requestId) + ",\"reason\":" + Json.quote(reason) + "}}";
    }

    static String ping(Object id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + Json.idJson(id) + ",\"method\":\"ping\"}";
    }

    /** The labels a {@code cancelled_calls}-like tool answered, from its structured content or its text. */
    static Set<String> labels(Object response) {
        Object structured = Json.at(response, "result", "structuredContent");
        Object list = structured instanceof List<?> ? structured
                : Json.parse(String.valueOf(Json.string(response, "result", "content", 0, "text")));
        Set<String> labels = new HashSet<>();
        if (list instanceof List<?> items) {
            items.forEach(item -> labels.add(String.valueOf(item)));
        }
        return labels;
    }

    /** The text of a tool result's first content item. */
    static String text(Object response) {
        return Json.string(response, "result", "content", 0, "text");
    }
}
