package bench.ws;

import java.util.function.Consumer;

/**
 * What a floor answers an MCP-shaped message with, from fixed text and no MCP logic: {@code initialize} a fixed result,
 * a notification nothing, {@code progress_burst} 100 progress messages (the request's token, 1..100 of 100) then its
 * result, anything else the result of {@code echo}. Shared by the bare WebSocket floor ({@link WsFloor}) and the
 * floors inside the bench app ({@code QuarkusFloors}), so that all of them answer the same bytes.
 */
public final class FixedAnswers {

    private FixedAnswers() {
    }

    /**
     * Hands the answers to {@code message} to {@code answers} one by one, in order, as each is made (none for a
     * notification): the bare floor writes each as a frame at once, with nothing gathered in between.
     */
    public static void answer(String message, Consumer<String> answers) {
        String id = Wire.idOf(message);
        if (id == null) {
            return;
        }
        if (isInitialize(message)) {
            answers.accept("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"floor\",\"version\":\"1\"}}}");
        } else if (message.contains("progress_burst")) {
            String token = Wire.tokenOf(message);
            for (int step = 1; step <= 100; step++) {
                answers.accept("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\","
                        + "\"params\":{\"progressToken\":" + token + ",\"progress\":" + step + ",\"total\":100}}");
            }
            answers.accept("{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"done 100\"}],\"isError\":false}}");
        } else {
            answers.accept("{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],\"isError\":false}}");
        }
    }

    /** Whether {@code message} opens a session (an HTTP floor answers it with an {@code Mcp-Session-Id}). */
    public static boolean isInitialize(String message) {
        return message.contains("\"initialize\"");
    }
}
