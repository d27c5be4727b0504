import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Malformed and oversize input at rate on every transport, each answered by the error of DESIGN.md's "Errors": the
 * right HTTP status, the right JSON-RPC code, the request's id where it could be read (else null), a message and no
 * stack trace; over WebSocket a body over the limit closes the socket with 1009 and a binary frame with 1003; over
 * stdio a line over the limit is refused and the server reads on. Meanwhile a normal client per transport and era
 * keeps calling, and must see nothing of it.
 */
final class MalformedPhase extends Phase {

    /** The default limit of quarkus.mcp.http.max-body-size, .websocket.max-message-size and .stdio.max-message-size. */
    static final int LIMIT = 4 * 1024 * 1024;
    private static final int RATE_PER_SENDER = 300;
    private static final long OVERSIZE_EVERY_MILLIS = 500;
    private static final Object NULL_ID = new Object();

    MalformedPhase(Options o) {
        super("malformed", "bad JSON, wrong JSON-RPC, wrong headers and bodies over 4 MB on HTTP, WebSocket and"
                + " stdio, up to " + RATE_PER_SENDER + "/s per sender for " + o.malformedSeconds
                + " s, with normal clients running");
    }

    /** One kind of bad input: what to send (given the request id to use) and what must come back. */
    private record Bad(String name, LongFunction<String> body, Consumer<Map<String, String>> headers, int status,
            int code, boolean idEchoed) {
    }

    @Override
    void run(Harness h) throws Exception {
        long end = System.nanoTime() + h.options.malformedSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (boolean modern : new boolean[] { false, true }) {
            Row http = row("HTTP", modern ? "2026" : "2025", "1 sender of bad input");
            threads.add(Harness.thread("bad-http-" + modern, () -> httpSender(h, modern, http, end)));
            Row ws = row("WebSocket", modern ? "2026" : "2025", "1 sender of bad input");
            threads.add(Harness.thread("bad-ws-" + modern, () -> webSocketSender(h, modern, ws, end)));
        }
        Row oversizeHttp = row("HTTP", "-", "bodies over 4 MB");
        threads.add(Harness.thread("bad-http-oversize", () -> httpOversize(h, oversizeHttp, end)));
        Row closingWs = row("WebSocket", "-", "over 4 MB, binary");
        threads.add(Harness.thread("bad-ws-closing", () -> webSocketClosing(h, closingWs, end)));
        Row stdio = row("stdio", "both", "1 process");
        threads.add(Harness.thread("bad-stdio", () -> stdioSender(h, stdio, end)));
        for (boolean modern : new boolean[] { false, true }) {
            Row httpBystander = row("HTTP", modern ? "2026" : "2025", "bystander");
            threads.add(Harness.thread("bad-bystander-http-" + modern, () -> LoadPhase.loop(httpBystander,
                    "mh" + modern, end, () -> modern ? h.modern() : h.legacy(), true)));
            Row wsBystander = row("WebSocket", modern ? "2026" : "2025", "bystander");
            threads.add(Harness.thread("bad-bystander-ws-" + modern, () -> LoadPhase.loop(wsBystander,
                    "mw" + modern, end, () -> h.webSocket(modern), true)));
        }
        h.middleAfter(this, h.options.malformedSeconds * 500L).join();
        Harness.joinAll(threads, end + h.timeout() * 1_000_000L);
    }

    // --- Streamable HTTP ---

    private static List<Bad> httpCatalogue(boolean modern, String sessionId) {
        List<Bad> bad = new ArrayList<>();
        Consumer<Map<String, String>> same = headers -> {
        };
        bad.add(new Bad("malformed JSON", id -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":", same, 400, -32700,
                false));
        bad.add(new Bad("empty body", id -> "", same, 400, -32700, false));
        bad.add(new Bad("no jsonrpc member", id -> "{\"id\":" + id + ",\"method\":\"ping\"}", same, 400, -32600, true));
        bad.add(new Bad("not an object", id -> "42", same, 400, -32600, false));
        bad.add(new Bad("wrong Accept", id -> Messages.ping(id), headers -> headers.put("Accept", "text/plain"), 406,
                -32600, false));
        bad.add(new Bad("wrong Content-Type", id -> Messages.ping(id),
                headers -> headers.put("Content-Type", "text/plain"), 415, -32600, false));
        if (!modern) {
            bad.add(new Bad("a batch in 2025-11-25", id -> "[" + Messages.ping(id) + "," + Messages.ping(id + 1) + "]",
                    same, 400, -32600, false));
            bad.add(new Bad("unknown method", id -> Messages.request(id, "foo/bar", "", null, false, null), same, 200,
                    -32601, true));
            bad.add(new Bad("unknown tool", id -> Messages.toolCall(id, "no_such_tool", "{}", null, false, null), same,
                    200, -32602, true));
            bad.add(new Bad("no session header", id -> Messages.request(id, "tools/list", "", null, false, null),
                    headers -> headers.remove("Mcp-Session-Id"), 400, -32600, false));
            bad.add(new Bad("unknown session", id -> Messages.request(id, "tools/list", "", null, false, null),
                    headers -> headers.put("Mcp-Session-Id", "no-such-session"), 404, -32001, false));
        } else {
            bad.add(new Bad("no _meta", id -> Messages.request(id, "tools/list", "", null, false, null),
                    headers -> headers.put("Mcp-Method", "tools/list"), 400, -32602, true));
            bad.add(new Bad("Mcp-Method mismatch", id -> Messages.request(id, "tools/list", "", null, true, null),
                    headers -> headers.put("Mcp-Method", "tools/call"), 400, -32020, true));
            bad.add(new Bad("no Mcp-Name", id -> Messages.toolCall(id, "greet", "{\"name\":\"x\"}", null, true, null),
                    headers -> headers.put("Mcp-Method", "tools/call"), 400, -32020, true));
            bad.add(new Bad("unsupported version", id -> Messages.request(id, "tools/list", "", null, true, null)
                    .replace(Messages.MODERN, "2099-01-01"), headers -> {
                        headers.put("MCP-Protocol-Version", "2099-01-01");
                        headers.put("Mcp-Method", "tools/list");
                    }, 400, -32022, true));
            bad.add(new Bad("a method 2026-07-28 does not have", id -> Messages.request(id, "initialize", "", null,
                    true, null), headers -> headers.put("Mcp-Method", "initialize"), 404, -32601, true));
            bad.add(new Bad("unknown tool", id -> Messages.toolCall(id, "no_such_tool", "{}", null, true, null),
                    headers -> {
                        headers.put("Mcp-Method", "tools/call");
                        headers.put("Mcp-Name", "no_such_tool");
                    }, 400, -32602, true));
        }
        return bad;
    }

    private void httpSender(Harness h, boolean modern, Row row, long end) {
        HttpMcpClient client;
        try {
            client = modern ? h.modern() : h.legacy();
        } catch (IOException e) {
            row.failed("HTTP sender: " + e);
            return;
        }
        try {
            List<Bad> catalogue = httpCatalogue(modern, client.sessionId);
            pace(row, end, catalogue.size(), (k, c) -> {
                Bad bad = catalogue.get((int) (k % catalogue.size()));
                long id = 1_000_000 + k;
                Map<String, String> headers = client.headers(null, null);
                bad.headers().accept(headers);
                long sent = System.nanoTime();
                HttpConnection.Response response = client.post(bad.body().apply(id).getBytes(StandardCharsets.UTF_8),
                        headers);
                String body = response.bodyText();
                client.reuse(response);
                String problem = refusalProblem(response.status(), body, bad, id);
                row.probe(problem == null, System.nanoTime() - sent, bad.name() + ": " + problem);
            });
            // The sender's own session (2025) survived it all.
            if (!modern && client.ping() != 200) {
                row.problem("the sender's session does not answer ping any more");
            }
        } catch (IOException e) {
            row.failed("HTTP sender: " + e);
        } finally {
            client.end();
        }
    }

    /** Bodies over the limit: with a declared Content-Length (refused before it is read), or chunked. */
    private void httpOversize(Harness h, Row row, long end) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        long k = 0;
        while (System.nanoTime() < end) {
            boolean declared = k++ % 2 == 0;
            long sent = System.nanoTime();
            try (HttpConnection connection = HttpConnection.open(h.port(), 0, 10_000)) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Accept", "application/json, text/event-stream");
                headers.put("Content-Type", "application/json");
                if (declared) {
                    // The head says how large the body is: the server refuses at once, before the body is sent.
                    headers.put("Content-Length", Integer.toString(LIMIT + 1));
                    connection.send("POST", "/mcp", headers, null);
                } else {
                    headers.put("Transfer-Encoding", "chunked");
                    connection.send("POST", "/mcp", headers, null);
                    byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written <= LIMIT; written += chunk.length) {
                        connection.write(head);
                        connection.write(chunk);
                        connection.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                HttpConnection.Response response = connection.readHead();
                String body = response.bodyText();
                String problem = refusalProblem(response.status(), body,
                        new Bad("over 4 MB", null, null, 413, -32600, false), -1);
                row.probe(problem == null, System.nanoTime() - sent,
                        (declared ? "declared" : "chunked") + " body over 4 MB: " + problem);
            } catch (IOException e) {
                row.failed((declared ? "declared" : "chunked") + " body over 4 MB: " + e);
            }
            Harness.sleep(OVERSIZE_EVERY_MILLIS);
        }
        row.note = "declared Content-Length and chunked, alternately";
    }

    /** What is wrong with a refusal, or null: status, JSON-RPC code, id (echoed or null), a message, no stack trace. */
    private static String refusalProblem(int status, String body, Bad bad, long id) {
        if (status != bad.status()) {
            return "HTTP " + status + " (expected " + bad.status() + "): " + body;
        }
        return errorProblem(body, bad.code(), bad.idEchoed() ? id : NULL_ID);
    }

    private static String errorProblem(String text, int code, Object id) {
        Object message;
        try {
            message = Json.parse(text);
        } catch (IllegalArgumentException e) {
            return "not JSON: " + text;
        }
        return errorProblem(message, code, id);
    }

    private static String errorProblem(Object message, int code, Object id) {
        if (Json.number(message, "error", "code") != code) {
            return "expected code " + code + ": " + message;
        }
        if (id == NULL_ID ? !Json.has(message, "id") || Json.at(message, "id") != null
                : !Json.sameId(Json.at(message, "id"), id)) {
            return "expected id " + (id == NULL_ID ? "null" : id) + ": " + message;
        }
        String text = Json.string(message, "error", "message");
        if (text == null || text.isBlank()) {
            return "no message: " + message;
        }
        if (text.contains("\tat ") || text.contains("Exception")) {
            return "a stack trace to the client: " + message;
        }
        return null;
    }

    // --- WebSocket ---

    private void webSocketSender(Harness h, boolean modern, Row row, long end) {
        WsMcpClient client = null;
        try {
            client = h.webSocket(modern);
            WsMcpClient socket = client;
            String capabilities = "\"io.modelcontextprotocol/clientCapabilities\":{}";
            pace(row, end, modern ? 7 : 5, (k, c) -> {
                long id = 1_000_000 + k;
                String frame;
                int code;
                boolean echoed;
                switch ((int) (k % (modern ? 7 : 5))) {
                    case 0 -> { frame = "{nope"; code = -32700; echoed = false; }
                    case 1 -> { frame = "[" + Messages.ping(id) + "]"; code = -32600; echoed = false; }
                    case 2 -> { frame = "{\"id\":" + id + ",\"method\":\"ping\"}"; code = -32600; echoed = true; }
                    case 3 -> { frame = Messages.request(id, "foo/bar", "", null, modern, null); code = -32601;
                        echoed = true; }
                    case 4 -> { frame = Messages.toolCall(id, "no_such_tool", "{}", null, modern, null); code = -32602;
                        echoed = true; }
                    case 5 -> { frame = Messages.request(id, "tools/list", "", null, true, null)
                            .replace("," + capabilities, ""); code = -32602; echoed = true; }
                    default -> { frame = Messages.request(id, "tools/list", "", null, true, null)
                            .replace(Messages.MODERN, "2099-01-01"); code = -32022; echoed = true; }
                }
                long sent = System.nanoTime();
                CompletableFuture<Object> answer = echoed ? socket.router.expectResponse(id) : null;
                socket.send(frame);
                Object message = echoed ? answer.get(10, TimeUnit.SECONDS)
                        : socket.router.unaddressed.poll(10, TimeUnit.SECONDS);
                String problem = message == null ? "no answer within 10 s" : errorProblem(message, code,
                        echoed ? (Object) id : NULL_ID);
                row.probe(problem == null, System.nanoTime() - sent, "frame " + frame + ": " + problem);
            });
            Object pong = client.request("tools/list", "");
            if (!Json.has(pong, "result")) {
                row.problem("the socket does not serve any more: " + pong);
            }
        } catch (IOException e) {
            row.failed("WebSocket sender: " + e);
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    /** Messages that close the socket: over the size limit (1009), binary (1003); one fresh socket each. */
    private void webSocketClosing(Harness h, Row row, long end) {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
                + "\"arguments\":{\"name\":\"" + "x".repeat(LIMIT) + "\"}}}";
        long k = 0;
        while (System.nanoTime() < end) {
            boolean oversize = k++ % 2 == 0;
            long sent = System.nanoTime();
            try {
                WsMcpClient client = h.webSocket(false);
                try {
                    if (oversize) {
                        client.send(big);
                    } else {
                        client.sendBinary(Messages.ping(1).getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the server may close while the client still sends: the close code below is what counts
                }
                String closed = client.closed.get(10, TimeUnit.SECONDS);
                String expected = oversize ? "1009 " : "1003 ";
                row.probe(closed.startsWith(expected) && closed.length() > expected.length(),
                        System.nanoTime() - sent, (oversize ? "over 4 MB" : "binary frame") + ": closed " + closed);
                client.abort();
            } catch (Exception e) {
                row.failed((oversize ? "over 4 MB" : "binary frame") + ": " + e);
            }
            Harness.sleep(OVERSIZE_EVERY_MILLIS);
        }
        row.note = "message over 4 MB closes with 1009, binary frame with 1003";
    }

    // --- stdio ---

    private void stdioSender(Harness h, Row row, long phaseEnd) {
        StdioMcpClient client = null;
        try {
            client = h.launchStdio(false);
            StdioMcpClient stdio = client;
            // A JVM stdio server takes a second or more to start on a busy machine: its window begins once it serves.
            long end = Math.max(phaseEnd, System.nanoTime() + h.options.malformedSeconds * 1_000_000_000L);
            byte[] oversize = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
                    + "x".repeat(LIMIT) + "\"}}\n").getBytes(StandardCharsets.UTF_8);
            long[] lastOversize = { System.nanoTime() };
            pace(row, end, 6, (k, c) -> { // five kinds of bad line, and one over 4 MB
                long id = 1_000_000 + k;
                byte[] line;
                int code;
                boolean echoed;
                String name;
                if (System.nanoTime() - lastOversize[0] > OVERSIZE_EVERY_MILLIS * 2_000_000L) {
                    lastOversize[0] = System.nanoTime();
                    line = oversize;
                    code = -32600;
                    echoed = false;
                    name = "a line over 4 MB";
                } else {
                    String text;
                    switch ((int) (k % 5)) {
                        case 0 -> { text = "{\"jsonrpc\":\"2.0\",\"id\":"; code = -32700; echoed = false; }
                        case 1 -> { text = "42"; code = -32600; echoed = false; }
                        case 2 -> { text = Messages.request(id, "foo/bar", "", null, false, null); code = -32601;
                            echoed = true; }
                        case 3 -> { text = Messages.toolCall(id, "no_such_tool", "{}", null, true, null); code = -32602;
                            echoed = true; }
                        default -> { text = Messages.request(id, "tools/list", "", null, true, null)
                                .replace(Messages.MODERN, "2099-01-01"); code = -32022; echoed = true; }
                    }
                    line = (text + "\n").getBytes(StandardCharsets.UTF_8);
                    name = text;
                }
                long sent = System.nanoTime();
                CompletableFuture<Object> answer = echoed ? stdio.router.expectResponse(id) : null;
                stdio.sendRaw(line);
                Object message = echoed ? answer.get(10, TimeUnit.SECONDS)
                        : stdio.router.unaddressed.poll(10, TimeUnit.SECONDS);
                String problem = message == null ? "no answer within 10 s" : errorProblem(message, code,
                        echoed ? (Object) id : NULL_ID);
                row.probe(problem == null, System.nanoTime() - sent, "line " + (name.length() > 80
                        ? name.substring(0, 80) + "..." : name) + ": " + problem);
            });
            Object pong = client.request("ping", "");
            if (!Json.has(pong, "result")) {
                row.problem("the stdio server does not serve any more: " + pong);
            }
            if (client.foreignLines.get() > 0) {
                row.problem(client.foreignLines.get() + " lines on stdout that are not JSON-RPC");
            }
            row.note = "bad lines, one over 4 MB every second; ping answered afterwards";
        } catch (Exception e) {
            row.failed("stdio sender: " + e);
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    // --- pacing ---

    private interface Send {
        void send(long k, int catalogueSize) throws Exception;
    }

    /** Sends one bad input after another, at most {@link #RATE_PER_SENDER} a second, until {@code end}. */
    private static void pace(Row row, long end, int catalogueSize, Send send) {
        long start = System.nanoTime();
        long k = 0;
        while (System.nanoTime() < end) {
            if (k >= (System.nanoTime() - start) * RATE_PER_SENDER / 1e9) {
                Harness.sleep(1);
                continue;
            }
            try {
                send.send(k, catalogueSize);
            } catch (Exception e) {
                row.failed("bad input " + k + ": " + e);
                return;
            }
            k++;
        }
        String note = String.format(Locale.ROOT, "%d kinds, %.0f/s", catalogueSize,
                k / ((System.nanoTime() - start) / 1e9));
        row.note = row.note.isEmpty() ? note : note + "; " + row.note;
    }
}
