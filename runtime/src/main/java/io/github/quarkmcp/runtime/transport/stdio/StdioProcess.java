package io.github.quarkmcp.runtime.transport.stdio;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.function.IntConsumer;

import org.jboss.logging.Logger;

import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.quarkus.runtime.Quarkus;
import io.vertx.core.Vertx;

/**
 * What the stdio transport does to the process: it takes stdout for itself, and it ends the process when the client
 * is done.
 */
public final class StdioProcess {

    private static final Logger LOG = Logger.getLogger(StdioProcess.class);

    private StdioProcess() {
    }

    /**
     * Takes the process's standard output (file descriptor 1) for protocol messages, and points {@code System.out} at
     * stderr, so that whatever Java code prints (a tool's {@code System.out.println}, a library's) lands on stderr and
     * cannot corrupt the stream. Called before the application's startup code runs. Its limit: code that kept the old
     * {@code System.out} before this (none of Quarkus's: its console log writes to stderr when stdio is on), and native
     * code writing to fd 1 directly, still write to stdout.
     *
     * @return the real stdout, or {@code null} in dev mode, where Quarkus's console reads stdin and stdio is not served
     */
    public static OutputStream claimStandardOutput(boolean devMode) {
        if (devMode) {
            LOG.warn("quarkus.mcp.stdio.enabled is ignored in dev mode (Quarkus's console reads stdin there); "
                    + "run the packaged application to serve MCP over stdio");
            return null;
        }
        System.out.flush();
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        System.setOut(System.err);
        return stdout;
    }

    /** Opens the process's one session and starts serving it on stdin and stdout. */
    public static StdioConnection start(McpServer server, OutputStream stdout, Vertx vertx,
            StdioConnection.Limits limits, Duration shutdownGrace) {
        McpSession session = server.sessions().create();
        if (session == null) {
            throw new IllegalStateException("MCP stdio: no session available (quarkus.mcp.session.max-sessions)");
        }
        StdioConnection connection = new StdioConnection(server, session, limits, vertx.getOrCreateContext(), stdout,
                status -> exit(status, shutdownGrace));
        connection.start();
        LOG.debug("MCP stdio transport started: reading stdin, writing stdout");
        return connection;
    }

    /**
     * Stops the application, and if it has not exited within {@code grace} (a tool that ignores its cancellation,
     * a shutdown task that hangs), halts the process with the same status: a client waiting for its server to exit
     * waits a bounded time.
     */
    private static void exit(int status, Duration grace) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Math.max(1, grace.toMillis()));
            } catch (InterruptedException e) {
                return;
            }
            LOG.warnf("MCP stdio: the application did not stop within %s (quarkus.mcp.stdio.shutdown-grace); halting",
                    grace);
            Runtime.getRuntime().halt(status);
        }, "mcp-stdio-exit");
        watchdog.setDaemon(true);
        watchdog.start();
        Quarkus.asyncExit(status);
    }
}
