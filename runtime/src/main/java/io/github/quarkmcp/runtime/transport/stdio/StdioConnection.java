package io.github.quarkmcp.runtime.transport.stdio;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.github.quarkmcp.runtime.protocol.JsonRpcMessage;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSession;
import io.github.quarkmcp.runtime.protocol.Outbound;
import io.github.quarkmcp.runtime.transport.ContextExecutor;
import io.github.quarkmcp.runtime.transport.WritableWaiters;
import io.vertx.core.Context;

/**
 * MCP over the process's stdin and stdout: one JSON-RPC message per line, no batches, one session for the life of the
 * process. Like a WebSocket: requests run independently, and every write goes through one Vert.x context, in order, so
 * each request's notifications precede its response on stdout. The lines are read by a thread of their own and handed
 * to that context one by one; the writes leave through {@link LineWriter}'s thread.
 * <p>
 * The end of stdin is the client's shutdown signal (MCP spec, stdio): the calls still running are cancelled (they send
 * nothing more) and the process exits with status 0 ({@code exit}); so does a stdout that fails (the client is gone).
 */
public final class StdioConnection implements Outbound {

    private static final Logger LOG = Logger.getLogger(StdioConnection.class);

    /** The configured limits. */
    public record Limits(int maxMessageBytes, long writeQueueMaxBytes) {
    }

    private final McpServer server;
    private final McpSession session;
    private final Limits limits;
    private final Context context;
    private final ContextExecutor executor;
    private final LineWriter writer;
    private final IntConsumer exit;

    // Confined to the context.
    private final WritableWaiters writableWaiters = new WritableWaiters();
    private boolean ending;

    /**
     * @param stdout the process's real standard output (fd 1), which nothing else writes to any more
     * @param exit ends the process with the given status, once stdin is closed
     */
    public StdioConnection(McpServer server, McpSession session, Limits limits, Context context, OutputStream stdout,
            IntConsumer exit) {
        this.server = server;
        this.session = session;
        this.limits = limits;
        this.context = context;
        this.executor = new ContextExecutor(context);
        this.exit = exit;
        this.writer = new LineWriter(stdout, limits.writeQueueMaxBytes(),
                () -> context.runOnContext(ignored -> writableWaiters.runAll()),
                failure -> context.runOnContext(ignored -> end("stdout failed: " + failure.getMessage())));
    }

    /** Starts reading stdin (fd 0) and writing stdout. */
    public void start() {
        start(new FileInputStream(FileDescriptor.in));
    }

    void start(InputStream stdin) {
        session.beginExchange(); // the process keeps the session alive: it never expires while the process runs
        session.bindToConnection();
        // stdout also carries the session's messages not tied to a request (resources/updated, list changes).
        session.openStandaloneStream(json -> executor.execute(() -> write(json)), () -> {
        });
        writer.start("mcp-stdio-writer");
        Thread reader = new Thread(new LineReader(stdin, limits.maxMessageBytes(), new LineReader.Sink() {
            @Override
            public void line(byte[] line) {
                context.runOnContext(ignored -> onLine(line));
            }

            @Override
            public void tooLong() {
                context.runOnContext(ignored -> write(JsonRpc.error(null, JsonRpc.INVALID_REQUEST,
                        "Invalid request: the message is longer than the limit of " + limits.maxMessageBytes()
                                + " bytes (quarkus.mcp.stdio.max-message-size); it was discarded")));
            }

            @Override
            public void end(IOException failure) {
                context.runOnContext(ignored -> StdioConnection.this.end(
                        failure == null ? "stdin closed" : "stdin failed: " + failure.getMessage()));
            }
        }, writer), "mcp-stdio-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Writes what is queued and stops writing (the application is stopping); waits at most {@code timeoutMillis} for a
     * client that does not read.
     */
    public void stop(long timeoutMillis) {
        writer.close(timeoutMillis);
    }

    /**
     * Handles a line on the context. A line the core never sees (unreadable, too long, a batch) is answered at once,
     * like the core's own answers given while a line is handled (see {@code RequestStream#execute}): so answers
     * that need no user code go out in the order of their lines.
     */
    private void onLine(byte[] line) {
        if (ending) {
            return;
        }
        JsonNode json;
        try {
            json = server.parse(line);
        } catch (JsonRpcException e) {
            write(e.toResponse());
            return;
        }
        if (json.isArray()) {
            write(JsonRpc.error(null, JsonRpc.INVALID_REQUEST,
                    "Invalid request: JSON-RPC batches are not supported over stdio; send one message per line"));
            return;
        }
        JsonRpcMessage parsed;
        try {
            parsed = JsonRpcMessage.of(json);
        } catch (JsonRpcException e) {
            write(e.toResponse());
            return;
        }
        dispatch(parsed);
    }

    /** Hands a message to the core in its era, as every connection transport does ({@link McpServer#receive}). */
    private void dispatch(JsonRpcMessage parsed) {
        server.receive(session, parsed, this, this::write);
    }

    /** The client is done (stdin closed) or gone (stdout failed): cancel what runs, then exit. */
    private void end(String why) {
        if (ending) {
            return;
        }
        ending = true;
        LOG.debugf("MCP stdio: %s; cancelling %d running call(s) and exiting", why, session.callsInFlight());
        writableWaiters.runAll();
        session.endExchange();
        server.sessions().end(session.id()); // cancels the calls still running: they send nothing more
        exit.accept(0);
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public boolean isExecutorThread() {
        return executor.isCurrentThread();
    }

    @Override
    public void send(String json) {
        write(json);
    }

    @Override
    public void complete(String json) {
        write(json);
    }

    /** A cancelled request: nothing to release, stdout carries other requests. */
    @Override
    public void abandon() {
    }

    @Override
    public boolean writable() {
        return !writer.full();
    }

    @Override
    public void whenWritable(Runnable task) {
        if (writable()) {
            task.run();
            return;
        }
        writableWaiters.add(task);
        writer.notifyWhenDrained();
        if (writable()) { // drained meanwhile, before it saw the request
            writableWaiters.runAll();
        }
    }

    private void write(String json) {
        writer.write(json);
    }
}
