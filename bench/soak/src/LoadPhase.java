import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * N concurrent 2025 sessions and N concurrent 2026-07-28 clients (a share of each on the WebSocket, the rest on
 * Streamable HTTP), plus one stdio server per era, each calling the progress-reporting tools of {@link Workload} in
 * a loop for the run's length. Every call's progress is checked as it arrives; every call must be answered.
 */
final class LoadPhase extends Phase {

    private final long millis;
    private final int clients;
    /** The warm-up calls the bystanders' mix: it is there to load classes and compile, not to test. */
    private final boolean warmUp;

    LoadPhase(long millis, int clients, boolean warmUp) {
        super(warmUp ? "warm-up" : "load", clients + " 2025 sessions + " + clients
                + " 2026-07-28 clients calling progress tools in a loop for " + (millis / 1000) + " s");
        this.millis = millis;
        this.clients = clients;
        this.warmUp = warmUp;
    }

    @Override
    void run(Harness h) throws Exception {
        int onSockets = (int) Math.round(clients * h.options.webSocketShare);
        int onHttp = clients - onSockets;
        Row httpLegacy = row("HTTP", "2025", onHttp + " sessions");
        Row httpModern = row("HTTP", "2026", onHttp + " clients");
        Row wsLegacy = row("WebSocket", "2025", onSockets + " sockets");
        Row wsModern = row("WebSocket", "2026", onSockets + " sockets");
        Row stdioLegacy = row("stdio", "2025", "1 process");
        Row stdioModern = row("stdio", "2026", "1 process");
        long deadline = System.nanoTime() + millis * 1_000_000L;
        List<Thread> threads = new ArrayList<>();
        threads.add(stdio(h, false, stdioLegacy, deadline));
        threads.add(stdio(h, true, stdioModern, deadline));
        // Clients join over the first quarter of the phase (at most 10 s), as real clients arrive, not all at once.
        long stagger = Math.min(10_000, millis / 4);
        int total = 2 * (onHttp + onSockets);
        Thread middle = h.middleAfter(this, millis / 2);
        for (int i = 0; i < Math.max(onHttp, onSockets); i++) {
            for (int era = 0; era < 2; era++) {
                boolean modern = era == 1;
                if (i < onHttp) {
                    threads.add(http(h, modern, modern ? httpModern : httpLegacy, "h" + era + "-" + i, deadline));
                }
                if (i < onSockets) {
                    threads.add(ws(h, modern, modern ? wsModern : wsLegacy, "w" + era + "-" + i, deadline));
                }
            }
            Harness.sleep(stagger * 2 / Math.max(1, total));
        }
        Harness.joinAll(threads, deadline + (h.timeout() + 30_000) * 1_000_000L);
        middle.join();
        for (Row row : rows) {
            row.note = String.format("%.0f calls/s, %d progress", row.answered.get() / (millis / 1000.0),
                    row.progressEvents.get());
        }
    }

    private Thread http(Harness h, boolean modern, Row row, String name, long deadline) {
        return Harness.thread("load-" + name, () -> loop(row, name, deadline,
                () -> modern ? h.modern() : h.legacy(), warmUp));
    }

    private Thread ws(Harness h, boolean modern, Row row, String name, long deadline) {
        return Harness.thread("load-" + name, () -> loop(row, name, deadline, () -> h.webSocket(modern),
                warmUp));
    }

    private Thread stdio(Harness h, boolean modern, Row row, long deadline) {
        return Harness.thread("load-stdio-" + modern, () -> loop(row, "s" + (modern ? 1 : 0), deadline,
                () -> h.launchStdio(modern), warmUp));
    }

    interface Connect {
        McpCaller connect() throws IOException;
    }

    /** One client: connect, call in a loop until the deadline (reconnecting after a failure), then leave. */
    static void loop(Row row, String name, long deadline, Connect connect) {
        loop(row, name, deadline, connect, false);
    }

    /** {@link #loop}, with the bystanders' mix ({@link Workload#bystander}) if {@code bystander}. */
    static void loop(Row row, String name, long deadline, Connect connect, boolean bystander) {
        loop(row, name, () -> System.nanoTime() < deadline, connect, bystander);
    }

    /** {@link #loop}, for as long as {@code running} says. */
    static void loop(Row row, String name, BooleanSupplier running, Connect connect,
            boolean bystander) {
        boolean modern = row.era.equals("2026");
        McpCaller client = null;
        long countedLate = 0;
        long seq = Math.abs(name.hashCode()) % 4; // the clients do not all call the same tool at the same time
        while (running.getAsBoolean()) {
            try {
                if (client == null) {
                    client = connect.connect();
                }
                Workload work = bystander ? Workload.bystander(seq, modern) : Workload.pick(seq, modern);
                CallCheck check = client.call(work.tool(), work.arguments(), Workload.token(name, seq), work.total(),
                        work.expected());
                seq++;
                synchronized (check) {
                    row.answered(check);
                    countedLate += check.late;
                }
            } catch (IOException | RuntimeException e) {
                row.failed(name + ": " + e);
                if (client != null) {
                    client.end();
                    client = null;
                }
                Harness.sleep(500);
            }
        }
        if (client != null) {
            Harness.sleep(200); // anything late of the last call arrives meanwhile
            long late = client.lateAfterAnswer() - countedLate;
            if (late > 0) {
                row.late.addAndGet(late);
                row.problem(name + ": " + late + " messages after their call's response");
            }
            client.end();
        }
    }
}
