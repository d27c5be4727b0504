import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every process the harness starts (the server, stdio servers), so that none outlives it: each PID is written to
 * {@code pids} in the run's directory (run.sh's trap reads it), and a shutdown hook destroys those still alive,
 * also on Ctrl-C.
 */
final class Children {

    private static final List<Process> PROCESSES = new ArrayList<>();
    private static Path pidFile;

    private Children() {
    }

    static synchronized void init(Path runDirectory) {
        pidFile = runDirectory.resolve("pids");
        Runtime.getRuntime().addShutdownHook(new Thread(Children::destroyAll, "soak-children"));
    }

    static synchronized void register(Process process) {
        PROCESSES.add(process);
        if (pidFile != null) {
            try {
                Files.writeString(pidFile, process.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("could not record PID " + process.pid() + ": " + e);
            }
        }
    }

    static void destroyAll() {
        List<Process> all;
        synchronized (Children.class) {
            all = new ArrayList<>(PROCESSES);
        }
        for (Process process : all) {
            if (process.isAlive()) {
                process.destroy();
            }
        }
        for (Process process : all) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }
}
