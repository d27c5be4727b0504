package io.github.quarkmcp.it.stdio;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.it.PackagedApp;

/**
 * The packaged demo app launched as an MCP stdio server, spoken to over its pipes: lines in, lines out, with timeouts.
 * Every byte it writes to stdout is kept, so a test can check that nothing but protocol lines came out; stderr is kept
 * too (and written to {@code target/stdio/}). Under {@code -Dnative} it launches the native executable.
 */
final class McpStdioClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String MODERN = "2026-07-28";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = PackagedApp.TARGET;

    private final String name;
    private final Process process;
    private final OutputStream stdin;
    private final ByteArrayOutputStream stdoutBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderrBytes = new ByteArrayOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final long launchedNanos;
    private final Object readingLock = new Object();
    private boolean readingPaused; // guarded by readingLock

    private McpStdioClient(String name, List<String> command) throws IOException {
        this.name = name;
        this.launchedNanos = System.nanoTime();
        this.process = new ProcessBuilder(command).start();
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), stdoutBytes, true);
        pump(process.getErrorStream(), stderrBytes, false);
    }

    /** Launches the server with stdio on and these extra system properties ({@code -Dkey=value}). */
    static McpStdioClient launch(String name, String... systemProperties) {
        try {
            return new McpStdioClient(name, serverCommand(systemProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How to launch the packaged app with stdio on: the native executable when the build made one
     * ({@code target/quarkus-artifact.properties} says so; failsafe passes its path as {@code native.image.path}),
     * else the runnable jar with this JVM's {@code java}.
     */
    static List<String> serverCommand(String... systemProperties) {
        List<String> command = new ArrayList<>();
        boolean nativeImage = PackagedApp.isNativeImage();
        if (nativeImage) {
            command.add(PackagedApp.nativeExecutable().toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        command.add("-Dquarkus.mcp.stdio.enabled=true");
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        if (!nativeImage) {
            Path jar = PackagedApp.jar();
            assertTrue(Files.isRegularFile(jar), "No " + jar + ": the *IT tests run after `package`");
            command.add("-jar");
            command.add(jar.toString());
        }
        return command;
    }

    private void pump(InputStream from, ByteArrayOutputStream into, boolean splitLines) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                int read;
                while (awaitReading(splitLines) && (read = from.read(buffer)) != -1) {
                    synchronized (into) {
                        into.write(buffer, 0, read);
                    }
                    if (splitLines) {
                        for (int i = 0; i < read; i++) {
                            if (buffer[i] == '\n') {
                                lines.add(line.toString(StandardCharsets.UTF_8));
                                line.reset();
                            } else {
                                line.write(buffer[i]);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "stdio-test-" + (splitLines ? "stdout" : "stderr"));
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether to read on; while {@link #pauseReading()} holds, stdout is not read at all (the server meets a full pipe). */
    private boolean awaitReading(boolean stdout) {
        if (!stdout) {
            return true;
        }
        synchronized (readingLock) {
            while (readingPaused) {
                try {
                    readingLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Stops reading the server's stdout, as a client that does not keep up. */
    void pauseReading() {
        synchronized (readingLock) {
            readingPaused = true;
        }
    }

    void resumeReading() {
        synchronized (readingLock) {
            readingPaused = false;
            readingLock.notifyAll();
        }
    }

    /** Writes one message (a line). */
    void send(String json) {
        sendRaw((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) {
        try {
            stdin.write(bytes);
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the server's stdin: " + describe(), e);
        }
    }

    /** The next line on stdout, as JSON; fails after the timeout. */
    JsonNode next() {
        JsonNode message = poll(TIMEOUT);
        if (message == null) {
            fail("No message within " + TIMEOUT.toMillis() + " ms: " + describe());
        }
        return message;
    }

    /** The next line on stdout within {@code timeout}, as JSON, or {@code null}. */
    JsonNode poll(Duration timeout) {
        try {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return line == null ? null : JSON.readTree(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new AssertionError("Not JSON on stdout: " + e.getMessage() + "\n" + describe(), e);
        }
    }

    /** The messages up to and including the first that {@code last} accepts. */
    List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> messages = new ArrayList<>();
        for (;;) {
            JsonNode message = next();
            messages.add(message);
            if (last.test(message)) {
                return messages;
            }
        }
    }

    /** The messages up to and including the response to {@code id}. */
    List<JsonNode> untilResponse(int id) {
        return until(message -> message.path("id").isInt() && message.path("id").asInt() == id
                && (message.has("result") || message.has("error")));
    }

    /** Sends a request and returns its response, failing if anything else comes first. */
    JsonNode request(int id, String method, String paramsJson) {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
        List<JsonNode> messages = untilResponse(id);
        assertTrue(messages.size() == 1, () -> "Only the response to " + id + " was expected: " + messages);
        return messages.get(0);
    }

    /** The 2025 handshake: {@code initialize} at {@code version}, then {@code notifications/initialized}. */
    JsonNode initialize(String version) {
        return initialize(version, "{}");
    }

    /** The 2025 handshake, declaring {@code capabilities} (a JSON object). */
    JsonNode initialize(String version, String capabilities) {
        JsonNode response = request(0, "initialize", "{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":" + capabilities + ",\"clientInfo\":{\"name\":\"stdio-it\",\"version\":\"1\"}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        return response;
    }

    /** The {@code _meta} members of a 2026-07-28 request, then {@code extra} (e.g. {@code ,"progressToken":1}). */
    static String modernMeta(String extra) {
        return modernMeta("{}", extra);
    }

    /** The {@code _meta} of a 2026-07-28 request declaring {@code capabilities} (a JSON object), then {@code extra}. */
    static String modernMeta(String capabilities, String extra) {
        return "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN
                + "\",\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + extra + "}";
    }

    /** Closes the server's stdin: the client's shutdown signal. */
    void closeStdin() {
        try {
            stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to exit; returns its status, or fails after {@code timeout}. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("The server did not exit within " + timeout.toMillis() + " ms: " + describe());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Every byte the server wrote to stdout so far. */
    byte[] stdout() {
        synchronized (stdoutBytes) {
            return stdoutBytes.toByteArray();
        }
    }

    String stderr() {
        synchronized (stderrBytes) {
            return stderrBytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Time since launch. */
    Duration sinceLaunch() {
        return Duration.ofNanos(System.nanoTime() - launchedNanos);
    }

    String describe() {
        String err = stderr();
        return "\n--- server " + (process.isAlive() ? "running" : "exited " + process.exitValue()) + "; stdout ---\n"
                + new String(stdout(), StandardCharsets.UTF_8) + "\n--- stderr ---\n"
                + (err.length() > 6000 ? "[...]" + err.substring(err.length() - 6000) : err);
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Path dir = TARGET.resolve("stdio");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".stdout.txt"), stdout());
            Files.writeString(dir.resolve(name + ".stderr.txt"), stderr());
        } catch (IOException e) {
            // only a record for the reader of a failure
        }
    }
}
