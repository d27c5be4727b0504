import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every phase works with: the options, the server under test, a WebSocket client, the stdio server command, the
 * invariants checked so far, and the phase rules: settle before, read the server at start, middle and end, and check
 * what must hold after any phase (rows clean, heap and RSS back, threads back, server alive).
 */
final class Harness {

    /** One invariant, checked. */
    record Check(String target, String phase, String invariant, boolean pass, String detail) {
    }

    final Options options;
    final Server server;
    final String target;
    final HttpClient webSockets;
    final List<Check> checks = new ArrayList<>();
    final List<Phase> phases = new ArrayList<>();
    private final ExecutorService webSocketExecutor;
    private final AtomicInteger stdioLaunches = new AtomicInteger();

    Harness(Options options, Server server, String target) {
        this.options = options;
        this.server = server;
        this.target = target;
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "ws-client");
            thread.setDaemon(true);
            return thread;
        };
        this.webSocketExecutor = Executors.newFixedThreadPool(2, daemons);
        this.webSockets = HttpClient.newBuilder().executor(webSocketExecutor).build();
    }

    int port() {
        return server.port;
    }

    int timeout() {
        return options.callTimeoutMillis();
    }

    /** The command that launches one stdio server: the same build and settings as the server under test. */
    List<String> stdioCommand() {
        List<String> command = new ArrayList<>();
        if (server.nativeImage) {
            command.add(options.nativeRunner.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
        }
        command.add("-Dquarkus.mcp.stdio.enabled=true");
        command.addAll(options.serverProperties());
        if (!server.nativeImage) {
            command.add("-jar");
            command.add(options.jar.toString());
        }
        return command;
    }

    StdioMcpClient launchStdio(boolean modern) throws IOException {
        Path stderr = options.runDirectory.resolve(target + "-stdio-" + stdioLaunches.incrementAndGet() + ".log");
        return StdioMcpClient.launch(stdioCommand(), stderr, modern, timeout());
    }

    HttpMcpClient legacy() throws IOException {
        return HttpMcpClient.legacy(port(), timeout());
    }

    HttpMcpClient modern() {
        return HttpMcpClient.modern(port(), timeout());
    }

    WsMcpClient webSocket(boolean modern) throws IOException {
        return WsMcpClient.connect(webSockets, port(), modern, timeout());
    }

    /** The labels a tool such as {@code cancelled_calls} lists now, asked in a session of its own. */
    Set<String> labels(String tool) throws IOException {
        HttpMcpClient client = legacy();
        try {
            return Messages.labels(client.callTool(tool, "{}"));
        } finally {
            client.end();
        }
    }

    /** Asks {@code tool} until it lists every one of {@code wanted} or {@code millis} pass; returns those it listed. */
    Set<String> awaitLabels(String tool, Collection<String> wanted, long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        Set<String> found = new HashSet<>();
        for (;;) {
            Set<String> listed = labels(tool);
            found.clear();
            for (String label : wanted) {
                if (listed.contains(label)) {
                    found.add(label);
                }
            }
            if (found.size() == wanted.size() || System.nanoTime() > deadline) {
                return found;
            }
            sleep(200);
        }
    }

    /** A client thread with a small stack: a phase may run a couple of thousand of them. */
    static Thread thread(String name, Runnable body) {
        Thread thread = new Thread(null, body, name, 256 * 1024);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void joinAll(List<Thread> threads, long deadlineNanos) throws InterruptedException {
        for (Thread thread : threads) {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            thread.join(Math.max(1, left));
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void check(Phase phase, String invariant, boolean pass, String detail) {
        synchronized (checks) {
            checks.add(new Check(target, phase.name, invariant, pass, detail));
        }
        if (!pass) {
            System.out.println("  FAILED: " + phase.name + ": " + invariant + ": " + detail);
        }
    }

    /** The server's reading at the height of the phase. */
    void middle(Phase phase) {
        phase.middle = server.sample();
    }

    /** Runs the middle reading {@code afterMillis} from now, on a thread of its own. */
    Thread middleAfter(Phase phase, long afterMillis) {
        return thread("middle-" + phase.name, () -> {
            sleep(afterMillis);
            middle(phase);
        });
    }

    /** Settle, read, run, wait for the threads to come back, read, then check the rules of every phase. */
    void runPhase(Phase phase) {
        phases.add(phase);
        System.out.println("[" + target + "] phase " + phase.name + ": " + phase.injected);
        sleep((options.keepAliveSeconds + 2) * 1000L); // idle worker threads of the phase before end
        phase.start = server.sample();
        long began = System.nanoTime();
        try {
            phase.run(this);
        } catch (Exception | AssertionError e) {
            check(phase, "the phase ran to its end", false, e.toString());
            e.printStackTrace(System.out);
        }
        // Threads come back once the phase's idle workers pass their keep-alive.
        long deadline = System.nanoTime() + (options.keepAliveSeconds + 20) * 1_000_000_000L;
        while (server.threads() > phase.start.threads() + options.threadSlack && System.nanoTime() < deadline) {
            sleep(500);
        }
        phase.end = server.sample();
        // Memory a phase's connections hold is let go when they are (a WebSocket's closing handshake times out after
        // seconds): the heap must come back, so it is read again for up to 30 s before it counts as grown.
        long heapWait = System.nanoTime();
        while (!server.nativeImage && phase.end.heapMb() - phase.start.heapMb() > options.heapSlackMb
                && System.nanoTime() - heapWait < 30_000_000_000L) {
            sleep(5_000);
            phase.end = server.sample();
        }
        long heapWaitSeconds = (System.nanoTime() - heapWait) / 1_000_000_000L;
        if (phase.middle == null) {
            phase.middle = phase.end;
        }
        System.out.printf("[%s] phase %s done in %.0f s%n", target, phase.name, (System.nanoTime() - began) / 1e9);
        for (Row row : phase.rows) {
            check(phase, row.transport + " " + row.era + " (" + row.load + "): every call answered or cancelled, no late or"
                    + " non-increasing progress, no wrong answer", row.clean(),
                    row.clean() ? row.answered.get() + " answered, " + row.cancelled.get() + " cancelled"
                            : "lost " + row.lost + ", late " + row.late + ", bad progress " + row.badProgress
                                    + ", wrong " + row.wrong + ", problems " + row.problemCount() + ": "
                                    + row.problems());
        }
        if (phase.name.equals("warm-up")) {
            return; // class loading, JIT and pools filling up: what the warm-up is for, not a leak
        }
        if (!server.nativeImage) {
            double grown = phase.end.heapMb() - phase.start.heapMb();
            check(phase, "heap after GC back within " + options.heapSlackMb + " MB of the start",
                    grown <= options.heapSlackMb, String.format("%.1f -> %.1f MB (middle %.1f)%s", phase.start.heapMb(),
                            phase.end.heapMb(), phase.middle.heapMb(), heapWaitSeconds > 0
                                    ? ", read again for " + heapWaitSeconds + " s" : ""));
        }
        double rssGrown = Math.max(phase.middle.rssMb(), phase.end.rssMb()) - phase.start.rssMb();
        check(phase, "RSS grew at most " + options.rssSlackMb + " MB", rssGrown <= options.rssSlackMb,
                String.format("%.0f -> %.0f -> %.0f MB", phase.start.rssMb(), phase.middle.rssMb(), phase.end.rssMb()));
        check(phase, "live threads back to the start (+" + options.threadSlack + ")",
                phase.end.threads() <= phase.start.threads() + options.threadSlack,
                phase.start.threads() + " -> " + phase.middle.threads() + " -> " + phase.end.threads());
        check(phase, "the server is alive", server.alive(), "pid " + server.pid);
    }

    void close() {
        webSocketExecutor.shutdownNow();
    }
}
