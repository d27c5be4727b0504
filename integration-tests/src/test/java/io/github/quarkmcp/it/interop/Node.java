package io.github.quarkmcp.it.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * Runs Node.js scripts from {@code src/test/js} (whose {@code node_modules} the build installs with {@code npm ci})
 * as subprocesses with a hard timeout, their output saved to files under {@code target/}.
 */
public final class Node {

    /** Where package.json, the scripts and node_modules are; tests run with the module as working directory. */
    public static final Path JS_DIR = Path.of(System.getProperty("interop.js.dir", "src/test/js")).toAbsolutePath();

    private Node() {
    }

    /**
     * Fails the calling test when there is no {@code node} on the PATH or the packages are missing: the interop tests
     * are part of the test command, so a machine without Node.js fails the build instead of skipping them.
     */
    public static void requireInstalled() {
        assertTrue(onPath("node"), "node is not on the PATH: the interop tests need Node.js 20 or newer (and npm)");
        assertTrue(Files.isDirectory(JS_DIR.resolve("node_modules")), "No " + JS_DIR.resolve("node_modules")
                + ": the build runs `npm ci` there in generate-test-resources (unless -Dskip.npm); run it by hand");
    }

    /** The result of one run: exit code (-1 if it was killed at the timeout) and the captured output. */
    public record Run(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr, Duration took) {

        public String describe() {
            return "`" + String.join(" ", command) + "` " + (timedOut ? "timed out" : "exited " + exitCode) + " after "
                    + took.toMillis() + " ms\n--- stdout ---\n" + tail(stdout) + "\n--- stderr ---\n" + tail(stderr);
        }

        private static String tail(String text) {
            return text.length() <= 6000 ? text : "[...]\n" + text.substring(text.length() - 6000);
        }
    }

    /**
     * Runs {@code node args...} in {@link #JS_DIR}, writing its stdout and stderr to {@code outputDir/name.stdout.txt}
     * and {@code .stderr.txt}. At the timeout the process and everything it started are killed.
     */
    public static Run run(Path outputDir, String name, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(outputDir);
            Path stdout = outputDir.resolve(name + ".stdout.txt");
            Path stderr = outputDir.resolve(name + ".stderr.txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(JS_DIR.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().put("NO_COLOR", "1");
            builder.environment().put("FORCE_COLOR", "0");
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Run(command, finished ? process.exitValue() : -1, !finished,
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8),
                    took);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + command, e);
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").toLowerCase().startsWith("windows") ? "NUL" : "/dev/null");
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of(executable, executable + ".exe", executable + ".cmd")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Asserts that the SDK client reported no error but the known reordering of typescript-sdk#2580 (it handles a
     * response at once and a notification a microtask later, so a final progress that arrives in the same read as
     * the response finds its handler gone: "unknown token"), and that its {@code onprogress} saw every other
     * notification the wire carried. The scripts judge the server on the wire order, recorded before the SDK.
     */
    public static void assertOnlySdkReordering(JsonNode result) {
        int reordered = 0;
        for (JsonNode error : result.path("clientErrors")) {
            assertTrue(error.asText().contains("progress notification for an unknown token"),
                    () -> "a client error other than the SDK's reordering: " + result);
            reordered++;
        }
        assertEquals(result.path("progress").size(), result.path("sdkProgress").size() + reordered,
                () -> "onprogress and the wire disagree: " + result);
    }
}
