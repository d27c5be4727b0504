import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The demo app launched as an MCP stdio server ({@code -Dquarkus.mcp.stdio.enabled=true}), spoken to over its pipes:
 * one JSON-RPC message per line each way. A 2025 client sends {@code initialize} first; a 2026-07-28 one sends
 * {@code _meta} with every request. Its stderr goes to a file in the run's directory.
 */
final class StdioMcpClient implements AutoCloseable, McpCaller {

    final boolean modern;
    final MessageRouter router = new MessageRouter();
    final Path stderr;
    final Process process;
    private final OutputStream stdin;
    private final int timeoutMillis;
    private final AtomicLong ids = new AtomicLong();
    /** Lines on stdout that are not JSON-RPC messages: there must be none. */
    final AtomicLong foreignLines = new AtomicLong();

    private StdioMcpClient(Process process, Path stderr, boolean modern, int timeoutMillis) {
        this.process = process;
        this.stderr = stderr;
        this.modern = modern;
        this.timeoutMillis = timeoutMillis;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(this::readStdout, "stdio-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Launches {@code command} (the server with stdio on) and, for a 2025 client, completes initialize. */
    static StdioMcpClient launch(List<String> command, Path stderr, boolean modern, int timeoutMillis)
            throws IOException {
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        Children.register(process);
        StdioMcpClient client = new StdioMcpClient(process, stderr, modern, timeoutMillis);
        if (!modern) {
            long id = client.nextId();
            CompletableFuture<Object> answer = client.router.expectResponse(id);
            client.send(Messages.initialize(id));
            try {
                Object response = MessageRouter.await(answer, timeoutMillis, "initialize over stdio");
                if (!Json.has(response, "result")) {
                    throw new IOException("initialize refused: " + response);
                }
            } catch (TimeoutException e) {
                client.close();
                throw new IOException(e.getMessage(), e);
            }
            client.send(Messages.initialized());
        }
        return client;
    }

    private void readStdout() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 64 * 1024)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Object message;
                try {
                    message = Json.parse(line);
                } catch (IllegalArgumentException e) {
                    foreignLines.incrementAndGet();
                    continue;
                }
                if (!"2.0".equals(Json.string(message, "jsonrpc"))) {
                    foreignLines.incrementAndGet();
                }
                router.route(message);
            }
        } catch (IOException e) {
            // the process is gone, or the client closed stdout
        }
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    void send(String json) throws IOException {
        sendRaw((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) throws IOException {
        synchronized (stdin) {
            stdin.write(bytes);
            stdin.flush();
        }
    }

    CallCheck start(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException {
        long id = nextId();
        CallCheck check = new CallCheck(id, token, total, expected);
        router.expect(check);
        send(Messages.toolCall(id, tool, arguments, token, modern, null));
        return check;
    }

    @Override
    public CallCheck call(String tool, String arguments, Object token, double total, Predicate<Object> expected)
            throws IOException {
        CallCheck check = start(tool, arguments, token, total, expected);
        try {
            check.done.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // unanswered: the caller counts it
        }
        router.finish(check);
        return check;
    }

    Object request(String method, String fields) throws IOException {
        long id = nextId();
        CompletableFuture<Object> answer = router.expectResponse(id);
        send(Messages.request(id, method, fields, null, modern, null));
        try {
            return MessageRouter.await(answer, timeoutMillis, method + " over stdio");
        } catch (TimeoutException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The client vanishes: both pipes close under the server (its stdin ends, its stdout has no reader). */
    void vanish() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // closed already
        }
        try {
            process.getInputStream().close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    /** The exit status, or -1 if the process is still running after {@code millis}. */
    int awaitExit(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String stderrText() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "";
        }
    }

    /** Closes stdin (the client's shutdown signal) and waits for the exit; destroys the process if it hangs. */
    @Override
    public long lateAfterAnswer() {
        return router.lateAfterAnswer.get();
    }

    /** The client's way to end the session: closing the connection. */
    @Override
    public void end() {
        close();
    }

    @Override
    public void close() {
        try {
            stdin.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
