import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * An MCP client over Streamable HTTP: a 2025 session ({@code initialize}, then {@code Mcp-Session-Id} on every POST)
 * or a 2026-07-28 stateless client (no session; {@code _meta} in every request and the {@code MCP-Protocol-Version},
 * {@code Mcp-Method} and {@code Mcp-Name} headers). Requests go over one keep-alive connection; a call that is to be
 * held open (to vanish, to read slowly) gets a connection of its own from {@link #openCall}.
 */
final class HttpMcpClient implements AutoCloseable, McpCaller {

    final int port;
    final boolean modern;
    final int timeoutMillis;
    String sessionId;
    private HttpConnection connection;
    private final AtomicLong ids = new AtomicLong();

    private HttpMcpClient(int port, boolean modern, int timeoutMillis) {
        this.port = port;
        this.modern = modern;
        this.timeoutMillis = timeoutMillis;
    }

    /** A 2025 session: initialize (200 with a session id), then notifications/initialized (202). */
    static HttpMcpClient legacy(int port, int timeoutMillis) throws IOException {
        HttpMcpClient client = new HttpMcpClient(port, false, timeoutMillis);
        HttpConnection.Response response = client.post(Messages.initialize(client.nextId()), null, null);
        String body = response.bodyText();
        client.reuse(response);
        client.sessionId = response.headers().get("mcp-session-id");
        if (response.status() != 200 || client.sessionId == null) {
            client.close();
            throw new IOException("initialize answered " + response.status() + ": " + body);
        }
        HttpConnection.Response initialized = client.post(Messages.initialized(), null, null);
        initialized.bodyText();
        client.reuse(initialized);
        if (initialized.status() != 202) {
            client.close();
            throw new IOException("notifications/initialized answered " + initialized.status());
        }
        return client;
    }

    /**
     * Another client of {@code session}'s session, on a connection of its own, numbering its requests from
     * {@code firstId} so that its ids never meet the other client's (a cancellation names an id of the session).
     */
    static HttpMcpClient joinSession(HttpMcpClient session, long firstId) {
        HttpMcpClient client = new HttpMcpClient(session.port, session.modern, session.timeoutMillis);
        client.sessionId = session.sessionId;
        client.ids.set(firstId - 1);
        return client;
    }

    /** A 2026-07-28 stateless client. */
    static HttpMcpClient modern(int port, int timeoutMillis) {
        return new HttpMcpClient(port, true, timeoutMillis);
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** The headers every POST of this client carries; {@code method} and {@code name} for a 2026-07-28 request. */
    Map<String, String> headers(String method, String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, text/event-stream");
        headers.put("Content-Type", "application/json");
        if (modern) {
            headers.put("MCP-Protocol-Version", Messages.MODERN);
            if (method != null) {
                headers.put("Mcp-Method", method);
            }
            if (name != null) {
                headers.put("Mcp-Name", name);
            }
        } else if (sessionId != null) {
            headers.put("Mcp-Session-Id", sessionId);
            headers.put("MCP-Protocol-Version", Messages.LEGACY);
        }
        return headers;
    }

    /** POSTs {@code body} on the client's connection and reads the response head. */
    HttpConnection.Response post(String body, String method, String name) throws IOException {
        return post(body.getBytes(StandardCharsets.UTF_8), headers(method, name));
    }

    HttpConnection.Response post(byte[] body, Map<String, String> headers) throws IOException {
        HttpConnection conn = connection();
        try {
            conn.send("POST", "/mcp", headers, body);
            return conn.readHead();
        } catch (IOException e) {
            dropConnection();
            throw e;
        }
    }

    /** Sends any request on the client's connection, then reads the response head. */
    HttpConnection.Response send(String httpMethod, Map<String, String> headers, byte[] body) throws IOException {
        HttpConnection conn = connection();
        try {
            conn.send(httpMethod, "/mcp", headers, body);
            return conn.readHead();
        } catch (IOException e) {
            dropConnection();
            throw e;
        }
    }

    /** After reading a response's body to its end: keeps the connection for the next request, unless it closes. */
    void reuse(HttpConnection.Response response) {
        if (response.closes()) {
            dropConnection();
        }
    }

    void dropConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private HttpConnection connection() throws IOException {
        if (connection == null) {
            connection = HttpConnection.open(port, 0, timeoutMillis);
        }
        return connection;
    }

    /**
     * Calls {@code tool} and feeds every message of its response stream to the check, to the end of the stream (so
     * that anything sent after the response is seen).
     */
    @Override
    public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException {
        long id = nextId();
        CallCheck check = new CallCheck(id, token, total, expected);
        HttpConnection.Response response = post(Messages.toolCall(id, tool, arguments, token, modern, null),
                "tools/call", tool);
        try {
            readCall(response, check);
        } catch (IOException | RuntimeException e) {
            dropConnection();
            throw e;
        }
        reuse(response);
        return check;
    }

    /** Reads a call's response (plain JSON or an event stream) into {@code check}, to its end. */
    static void readCall(HttpConnection.Response response, CallCheck check) throws IOException {
        if (response.status() != 200) {
            check.problems.add("HTTP " + response.status() + ": " + response.bodyText());
            return;
        }
        if (response.isEventStream()) {
            for (String event = response.nextEvent(); event != null; event = response.nextEvent()) {
                check.onMessage(Json.parse(event));
            }
        } else {
            check.onMessage(Json.parse(response.bodyText()));
        }
    }

    /** A request (not a call to check): returns its one response message, or throws if there is none. */
    Object request(String method, String fields, String name) throws IOException {
        long id = nextId();
        HttpConnection.Response response = post(Messages.request(id, method, fields, null, modern, null), method, name);
        Object answer = null;
        if (response.isEventStream()) {
            for (String event = response.nextEvent(); event != null; event = response.nextEvent()) {
                Object message = Json.parse(event);
                if (Json.isResponse(message)) {
                    answer = message;
                }
            }
        } else {
            String body = response.bodyText();
            answer = body.isEmpty() ? null : Json.parse(body);
        }
        reuse(response);
        if (answer == null) {
            throw new IOException(method + " answered HTTP " + response.status() + " without a response");
        }
        return answer;
    }

    /** Calls a tool that answers at once and returns the response message. */
    Object callTool(String tool, String arguments) throws IOException {
        return request("tools/call", "\"name\":" + Json.quote(tool) + ",\"arguments\":" + arguments, tool);
    }

    /** Posts a notification; returns the HTTP status (202 expected). */
    int notify(String json) throws IOException {
        HttpConnection.Response response = post(json, null, null);
        response.bodyText();
        reuse(response);
        return response.status();
    }

    /** A 2025 ping; returns the HTTP status (200 while the session lives, 404 once it is gone). */
    int ping() throws IOException {
        HttpConnection.Response response = post(Messages.ping(nextId()), null, null);
        response.bodyText();
        reuse(response);
        return response.status();
    }

    /** Ends the session (DELETE); returns the HTTP status (204 expected). */
    int delete() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Mcp-Session-Id", sessionId);
        headers.put("MCP-Protocol-Version", Messages.LEGACY);
        HttpConnection.Response response = send("DELETE", headers, null);
        response.bodyText();
        reuse(response);
        return response.status();
    }

    /**
     * Starts a call on a connection of its own and returns it once the response head is in: the caller reads it
     * (or not), and closes it when done or to vanish.
     */
    OpenCall openCall(String tool, String arguments, Object token, double total, String logLevel, int receiveBuffer)
            throws IOException {
        return openCall(tool, arguments, token, total, logLevel, receiveBuffer, CallCheck::successfulResult);
    }

    OpenCall openCall(String tool, String arguments, Object token, double total, String logLevel, int receiveBuffer,
            Predicate<Object> expected) throws IOException {
        long id = nextId();
        HttpConnection conn = HttpConnection.open(port, receiveBuffer, timeoutMillis);
        CallCheck check = new CallCheck(id, token, total, expected);
        try {
            conn.send("POST", "/mcp", headers("tools/call", tool),
                    Messages.toolCall(id, tool, arguments, token, modern, logLevel).getBytes(StandardCharsets.UTF_8));
            return new OpenCall(conn, check, conn.readHead());
        } catch (IOException e) {
            conn.close();
            throw e;
        }
    }

    /** A call whose response is being read on its own connection. */
    record OpenCall(HttpConnection connection, CallCheck check, HttpConnection.Response response) {

        /** Reads messages until the first progress report (true) or the end of the stream (false). */
        boolean readUntilProgress() throws IOException {
            if (!response.isEventStream()) {
                readCall(response, check);
                return false;
            }
            for (String event = response.nextEvent(); event != null; event = response.nextEvent()) {
                check.onMessage(Json.parse(event));
                if (check.progress > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Reads the rest of the stream into the check; returns normally at its end. */
        void readToEnd() throws IOException {
            if (response.status() != 200) {
                check.problems.add("HTTP " + response.status() + ": " + response.bodyText());
                return;
            }
            for (String event = response.nextEvent(); event != null; event = response.nextEvent()) {
                check.onMessage(Json.parse(event));
            }
        }

        /**
         * Reads the rest of a call that was cancelled: its stream must end within {@code millis}, without a response
         * (the check sees any); false if it is still open then.
         */
        boolean readToEndWithin(int millis) throws IOException {
            connection.readTimeout(millis);
            try {
                readToEnd();
                return true;
            } catch (java.net.SocketTimeoutException e) {
                check.problems.add("the stream of cancelled call " + check.id + " is still open " + millis
                        + " ms after its cancellation");
                return false;
            }
        }

        /** Drops the connection at once (RST): the client vanishes, or, in 2026-07-28, cancels the call. */
        void vanish() {
            connection.reset();
        }

        /** Closes the connection in order (FIN) mid-stream: a client that leaves without a word. */
        void hangUp() {
            connection.close();
        }
    }

    @Override
    public void close() {
        dropConnection();
    }

    @Override
    public long lateAfterAnswer() {
        return 0; // over HTTP a call's stream is its own: what follows the response is seen by its check
    }

    /** Ends the session if there is one (as a well-behaved client does), then closes. */
    @Override
    public void end() {
        if (sessionId != null) {
            try {
                delete();
            } catch (IOException ignored) {
                // the session expires on its own
            }
        }
        close();
    }
}
