import java.io.IOException;
import java.util.function.Predicate;

/**
 * What the load loops need of a client, whatever its transport: call a tool, then leave as a good client does. The
 * HTTP, WebSocket and stdio clients are each one.
 */
interface McpCaller {

    CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException;

    /** Messages of answered calls that came after their response, as the connection saw them (sockets, stdio). */
    long lateAfterAnswer();

    /** Ends the session (DELETE, close frame, end of stdin) and closes the connection. */
    void end();
}
