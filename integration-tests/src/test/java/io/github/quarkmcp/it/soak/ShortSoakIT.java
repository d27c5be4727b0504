package io.github.quarkmcp.it.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.quarkmcp.it.PackagedApp;

/**
 * The short version of the soak and fault run ({@code bench/soak/run.sh}, issue 15), in the test command: the
 * packaged app (the jar, or with {@code -Dnative} the native executable) under 150 2025 sessions and 150 2026-07-28
 * clients for 10 s, then every fault phase at small sizes: slow readers, vanishing clients, a cancel storm, malformed
 * and oversize input, tools that throw, block (a worker, too) or ignore cancellation, and a session flood past
 * {@code quarkus.mcp.session.max-sessions}. About 100 s on 2 cores. Fails when any call is lost or gets anything
 * after its result, when a phase injects nothing, or when any of the harness's invariants (heap, RSS and threads back,
 * the server alive, no ERROR logged, each fault's own rule) fails. The long run is the same command with its defaults.
 */
class ShortSoakIT {

    private static final List<String> PHASES = List.of("load", "slow-readers", "vanish", "cancel-storm", "malformed",
            "bad-tools", "session-flood");
    private static final List<String> SIZES = List.of("--seconds", "10", "--sessions", "150", "--pause", "4",
            // A slow reader's flood is the long run's size: the socket buffers of a loopback connection hold up to
            // about 40,000 log messages (4 MB), so only a flood well over twice that tells dropping from queueing.
            // Two slow readers per transport and era: the first floods logs, the second waits to be cancelled.
            "--slow-readers", "2", "--log-flood", "500000", "--vanish", "5", "--storm-seconds", "3", "--cancel-rate",
            "1000", "--malformed-seconds", "3", "--bad-tool-calls", "10", "--flood", "3000", "--flood-connections", "2",
            // A small session limit and idle timeout, so that the flood fills the server and sees it empty again.
            "--max-sessions", "1000", "--idle-timeout", "5",
            // Idle workers go after 1 s, so that "threads back to the start" is checked within seconds of each phase.
            "--keep-alive", "1", "--call-timeout", "60", "--jvm-opts", "-Xms512m -Xmx512m -XX:+AlwaysPreTouch");
    // | phase | transport | era | clients | calls | answered | cancelled | lost | late | bad progress | wrong | ...
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z-]+) \\| (HTTP|WebSocket|stdio) \\| [^|]+ \\| ([^|]+)"
            + " \\| ([\\d,]+) \\| [\\d,]+ \\| [\\d,]+ \\| ([\\d,]+) \\| ([\\d,]+) \\|.*");
    private static final Pattern INVARIANTS = Pattern.compile("Invariants: (\\d+) of (\\d+) hold\\.");

    @Test
    void aFewHundredClientsUnderEveryFaultLoseNothingAndGetNothingLate() throws Exception {
        Path root = PackagedApp.TARGET.getParent().getParent();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bench/soak/run.sh").toString()));
        command.addAll(SIZES);
        if (PackagedApp.isNativeImage()) {
            command.add("--native-only");
        }
        Path log = PackagedApp.TARGET.resolve("soak/short-soak.log");
        Files.createDirectories(log.getParent());
        Process run = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // run.sh stops every server it started however it ends; if it hangs, it and its children are stopped here.
        if (!run.waitFor(6, TimeUnit.MINUTES)) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
            fail("the short soak run did not end within 6 minutes; its output: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, run.exitValue(), () -> "the short soak run failed; the FAILED lines:\n" + failedLines(output));

        Set<String> phasesSeen = new TreeSet<>();
        int rows = 0;
        for (String line : output.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            rows++;
            phasesSeen.add(row.group(1));
            long calls = number(row.group(4));
            assertTrue(calls > 0, () -> "a row of the run injected nothing: " + line);
            assertEquals(0, number(row.group(5)), () -> "lost calls: " + line);
            assertEquals(0, number(row.group(6)), () -> "messages after a call's result: " + line);
        }
        assertTrue(rows >= 40, "the run's table has " + rows + " rows:\n" + output);
        assertEquals(new TreeSet<>(PHASES), phasesSeen, "every phase ran");
        Matcher invariants = INVARIANTS.matcher(output);
        assertTrue(invariants.find(), "the run printed no invariant count:\n" + output);
        assertEquals(invariants.group(2), invariants.group(1), "every invariant holds:\n" + failedLines(output));
    }

    private static long number(String figure) {
        return Long.parseLong(figure.replace(",", "").trim());
    }

    private static String failedLines(String output) {
        StringBuilder failed = new StringBuilder();
        for (String line : output.split("\n")) {
            if (line.contains("FAILED") || line.startsWith("soak:")) {
                failed.append(line).append('\n');
            }
        }
        return failed.toString();
    }
}
