import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server under test: started on a free loopback port (port 0; the port is read from its log), probed from the
 * outside (live heap after a full GC through {@code jcmd}, RSS and live threads from {@code /proc/<pid>/status}), and
 * stopped by its PID.
 */
final class Server implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    // The last line of GC.class_histogram: "Total <instances> <bytes>".
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    final Process process;
    final long pid;
    final int port;
    final boolean nativeImage;
    final Path log;
    private final Path jcmd;

    /** One reading of the server's memory and threads. {@code heapMb} is NaN for the native executable. */
    record Sample(double heapMb, double rssMb, int threads) {
    }

    private Server(Process process, int port, boolean nativeImage, Path log) {
        this.process = process;
        this.pid = process.pid();
        this.port = port;
        this.nativeImage = nativeImage;
        this.log = log;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    static Server start(List<String> command, boolean nativeImage, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Children.register(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with status " + process.exitValue() + "; see " + log);
            }
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return new Server(process, Integer.parseInt(listening.group(1)), nativeImage, log);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("the server did not say where it listens within 60 s; see " + log);
    }

    /** Heap after a full GC (JVM only), RSS and threads, now. */
    Sample sample() {
        double heap = nativeImage ? Double.NaN : heapAfterGcMb();
        return new Sample(heap, status("VmRSS") / 1024.0, (int) status("Threads"));
    }

    int threads() {
        return (int) status("Threads");
    }

    boolean alive() {
        return process.isAlive();
    }

    /** A numeric field of /proc/<pid>/status ("VmRSS" in kB, "Threads"), -1 if the process is gone. */
    long status(String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith(field + ":")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The bytes of live objects, from {@code GC.class_histogram}: it runs a full GC and counts what survived in the
     * same safepoint. Not {@code GC.run} then {@code GC.heap_info}: between those two attaches (a JVM start each,
     * hundreds of milliseconds on a busy machine) a phase's load goes on allocating, and the second one counted that
     * garbage as heap (in CI the middle of a slow readers' pause once read 94 MB against 7 MB at its start; read both
     * ways here, 16.6 MB by heap_info where 6.4 MB were live).
     */
    private double heapAfterGcMb() {
        try {
            Matcher total = HISTOGRAM_TOTAL.matcher(run(jcmd.toString(), Long.toString(pid), "GC.class_histogram"));
            return total.find() ? Long.parseLong(total.group(1)) / (1024.0 * 1024.0) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return out;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The lines the server logged at ERROR (console format "... ERROR [category] ..."). */
    List<String> errorLines() {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.matches("^\\S+ \\S+ ERROR .*")).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("could not read " + log + ": " + e);
        }
    }

    /** Stops the server by its PID: SIGTERM, then SIGKILL after 15 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
