package io.github.quarkmcp.runtime.devmode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.quarkus.dev.console.DevConsoleManager;
import io.quarkus.dev.spi.HotReplacementContext;

/**
 * The dev-mode reload check that MCP messages make before they are handled, on both transports. Absent outside dev
 * mode.
 * <p>
 * The check runs on a thread of its own: a reload stops the application and its thread pools, so it must not run
 * on one of their threads, and never on the event loop.
 */
public final class DevModeReload {

    private static final Logger LOG = Logger.getLogger(DevModeReload.class);
    private static final long SCAN_INTERVAL_MILLIS = 1000;
    private static final String SCANNER_THREAD = "mcp-dev-mode-scan";
    private static final Pattern TERMINAL_COLOURS = Pattern.compile("\\x1B\\[[0-9;]*m");
    /** Lines such as "\tat a.b.C.m(C.java:1)", "\tat java.base@17/a.b.C.m(C.java:1)" and "\t... 10 more". */
    private static final Pattern STACK_FRAMES = Pattern.compile(
            "(?m)^[ \\t]*(at [\\w$.<>/@]+\\([^)\\n]*\\)|\\.\\.\\. \\d+ more)[ \\t]*(\\n|$)");

    private static volatile HotReplacementContext context;
    private static volatile ExecutorService scanner;
    private static long nextScan; // confined to the scanner thread

    private DevModeReload() {
    }

    static void install(HotReplacementContext hotReplacement) {
        scanner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, SCANNER_THREAD);
            // Not the creating thread's loader, which belongs to the application of the moment.
            thread.setContextClassLoader(DevModeReload.class.getClassLoader());
            thread.setDaemon(true);
            return thread;
        });
        context = hotReplacement;
    }

    static void uninstall() {
        context = null;
        ExecutorService executor = scanner;
        scanner = null;
        if (executor != null) {
            // Checks still queued find no context and complete at once, so that no message waits for them forever.
            executor.shutdownNow().forEach(Runnable::run);
        }
    }

    /**
     * Before the application restarts: if the restart is ours, say again that it was started by a request. The flag
     * is global and Quarkus's handler clears it when its own check ends, possibly while ours is still running.
     */
    static void beforeRestart() {
        if (Thread.currentThread().getName().equals(SCANNER_THREAD)) {
            DevConsoleManager.setDoingHttpInitiatedReload(true);
        }
    }

    /** Whether messages should check for changes first (dev mode only). */
    public static boolean isActive() {
        return context != null;
    }

    /**
     * Compiles and reloads the application if sources changed, at most once a second except in tests, and right away
     * while a reload that Quarkus started is running (the scan then waits for it). Completes with what went wrong if
     * the application could not be rebuilt, else with null.
     * <p>
     * The reload counts as one started by an HTTP request, as Quarkus's own dev-mode handler does for its requests:
     * Quarkus then leaves the connections of the old application open while it restarts. Otherwise it would cut the
     * connection carrying this very message, and the open streams of other MCP sessions, which carry over to the new
     * application, before they could hear that the tools changed. Unlike Quarkus's handler, nothing closes the other
     * connections after the restart (Quarkus keeps the list of them to itself): a long-lived connection that is not
     * MCP's, such as a Dev UI page, stays with the stopped application until it reconnects.
     */
    public static CompletableFuture<Throwable> scan() {
        ExecutorService executor = scanner;
        if (context == null || executor == null) {
            return CompletableFuture.completedFuture(null);
        }
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        try {
            return CompletableFuture.supplyAsync(() -> {
                HotReplacementContext current = context;
                if (current == null) { // dev mode ended while this check waited
                    return null;
                }
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(classLoader);
                try {
                    if (System.currentTimeMillis() >= nextScan || current.isTest()
                            || DevConsoleManager.isDoingHttpInitiatedReload()) {
                        // The flag is Quarkus's and global: clear it only if it was ours to set.
                        boolean ours = !DevConsoleManager.isDoingHttpInitiatedReload();
                        if (ours) {
                            DevConsoleManager.setDoingHttpInitiatedReload(true);
                        }
                        try {
                            current.doScan(true);
                        } catch (Exception e) {
                            LOG.error("Failed to reload the application after a change", e);
                            return e;
                        } finally {
                            if (ours) {
                                DevConsoleManager.setDoingHttpInitiatedReload(false);
                            }
                            nextScan = System.currentTimeMillis() + SCAN_INTERVAL_MILLIS;
                        }
                    }
                    return current.getDeploymentProblem();
                } finally {
                    // The scanner thread outlives applications: it must not keep this one's class loader.
                    thread.setContextClassLoader(previous);
                }
            }, executor);
        } catch (RejectedExecutionException e) { // dev mode is shutting down
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * The message of the JSON-RPC error that answers requests while the application cannot be rebuilt: the
     * compiler's or the build's own words, without the terminal colours Quarkus adds for its console and without
     * the stack traces a failed build step carries in its message, which say nothing to an MCP client.
     */
    public static String describe(Throwable problem) {
        String what = problem.getMessage() != null ? problem.getMessage() : problem.toString();
        what = TERMINAL_COLOURS.matcher(what).replaceAll("");
        what = STACK_FRAMES.matcher(what).replaceAll("");
        return "Internal error: the application could not be reloaded after a change: " + what.strip();
    }
}
