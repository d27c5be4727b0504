package bench.ws;

import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * A closed-loop WebSocket load, the counterpart of wrk with {@code ../shared/bench/call.lua}: {@code connections}
 * sockets, each with one call in flight at a time (a fresh id and progress token per call), for {@code seconds}.
 * Prints one line: calls/s, progress notifications/s, p99 latency and bad responses. A 2025 socket first completes
 * {@code initialize}; a 2026-07-28 one sends every call with its {@code _meta} and no handshake.
 *
 * <pre>
 * java -cp target/classes:target/lib/* bench.ws.WsLoad ws://127.0.0.1:8080/mcp/ws echo|progress_burst 2025|2026 16 8
 * </pre>
 *
 * Runs on two event loops, like wrk's two threads; it shares the machine with the server, for every server alike.
 */
public final class WsLoad {

    private static final String MODERN_META = "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}";

    private final String tool;
    private final boolean modern;
    private final long endNanos;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong progress = new AtomicLong();
    private final AtomicLong bad = new AtomicLong();

    private WsLoad(String tool, boolean modern, long endNanos) {
        this.tool = tool;
        this.modern = modern;
        this.endNanos = endNanos;
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String tool = args[1];
        boolean modern = args[2].equals("2026");
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 22));
        long start = System.nanoTime();
        WsLoad load = new WsLoad(tool, modern, start + TimeUnit.SECONDS.toNanos(seconds));
        Connection[] sockets = new Connection[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            sockets[i] = load.new Connection(done);
            Connection connection = sockets[i];
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                    .setURI(uri.getPath()).addSubProtocol("mcp");
            client.connect(options).onSuccess(connection::start).onFailure(failure -> {
                System.err.println("connect failed: " + failure);
                load.bad.incrementAndGet();
                done.countDown();
            });
        }
        done.await(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] latencies = Arrays.stream(sockets).flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count)).sorted()
                .toArray();
        double p99 = latencies.length == 0 ? Double.NaN : latencies[(int) Math.min(latencies.length - 1,
                Math.ceil(latencies.length * 0.99) - 1)] / 1e6;
        System.out.printf("calls/s %.2f progress/s %.2f p99ms %.2f bad %d%n", load.calls.get() / elapsed,
                load.progress.get() / elapsed, p99, load.bad.get());
        vertx.close();
    }

    /** One socket's closed loop; its state is confined to the socket's event loop. */
    private final class Connection {

        private final CountDownLatch done;
        private WebSocket socket;
        private long nextId;
        private String expectedId;
        private long sentNanos;
        private boolean initializing;
        long[] latencies = new long[4096];
        int count;

        Connection(CountDownLatch done) {
            this.done = done;
        }

        void start(WebSocket socket) {
            this.socket = socket;
            socket.textMessageHandler(this::onMessage);
            socket.closeHandler(ignored -> {
                if (expectedId != null) {
                    bad.incrementAndGet();
                    finish();
                }
            });
            if (modern) {
                next();
            } else {
                initializing = true;
                expectedId = Long.toString(++nextId);
                socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"id\":" + expectedId + ",\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"ws-load\",\"version\":\"1\"}}}");
            }
        }

        private void onMessage(String message) {
            if (message.contains("\"notifications/progress\"")) {
                progress.incrementAndGet();
                return;
            }
            if (expectedId == null || !expectedId.equals(Wire.idOf(message))) {
                return; // another notification, or the run is over
            }
            if (initializing) {
                initializing = false;
                socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
                next();
                return;
            }
            if (!message.contains("\"result\"") || message.contains("\"isError\":true")) {
                bad.incrementAndGet();
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - sentNanos;
            calls.incrementAndGet();
            next();
        }

        private void next() {
            if (System.nanoTime() >= endNanos) {
                finish();
                return;
            }
            expectedId = Long.toString(++nextId);
            // echo and echo_on_loop take a text; progress_burst its steps
            String arguments = tool.startsWith("echo") ? "{\"text\":\"hi\"}" : "{\"steps\":100}";
            String meta = "\"progressToken\":\"t" + expectedId + "\"" + (modern ? "," + MODERN_META : "");
            sentNanos = System.nanoTime();
            socket.writeTextMessage("{\"jsonrpc\":\"2.0\",\"id\":" + expectedId + ",\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + arguments + ",\"_meta\":{" + meta + "}}}");
        }

        private void finish() {
            expectedId = null;
            socket.close();
            done.countDown();
        }
    }
}
