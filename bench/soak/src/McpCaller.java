import java.io.IOException;
import java.util.function.Predicate;

/** What the load loops need of a client, whatever its transport: call a tool, then leave as a good client does. */
interface McpCaller {

    CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException;

    /** Messages of answered calls that came after their response, as the connection saw them (sockets, stdio). */
    long lateAfterAnswer();

    /** Ends the session (DELETE, close frame, end of stdin) and closes the connection. */
    void end();

    static McpCaller of(HttpMcpClient client) {
        return new McpCaller() {
            public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
                    throws IOException {
                return client.call(tool, arguments, token, total, expected);
            }

            public long lateAfterAnswer() {
                return 0; // over HTTP a call's stream is its own: what follows the response is seen by its check
            }

            public void end() {
                client.end();
            }
        };
    }

    static McpCaller of(WsMcpClient client) {
        return new McpCaller() {
            public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
                    throws IOException {
                return client.call(tool, arguments, token, total, expected);
            }

            public long lateAfterAnswer() {
                return client.router.lateAfterAnswer.get();
            }

            public void end() {
                client.close();
            }
        };
    }

    static McpCaller of(StdioMcpClient client) {
        return new McpCaller() {
            public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
                    throws IOException {
                return client.call(tool, arguments, token, total, expected);
            }

            public long lateAfterAnswer() {
                return client.router.lateAfterAnswer.get();
            }

            public void end() {
                client.close();
            }
        };
    }
}
