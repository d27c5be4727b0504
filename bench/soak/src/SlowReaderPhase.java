import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Clients that stop reading mid-stream for the pause (30 s by default), on Streamable HTTP (a socket with a 4 KB
 * receive buffer that is not read) and WebSocket (no demand), in both eras. Half of them call {@code log_flood}
 * (hundreds of thousands of log messages, far more than TCP can hold), half {@code wait_for_cancel} (progress every
 * 50 ms for the whole pause). Meanwhile a normal client per era keeps calling: its latency is measured before and
 * during the pause. The server must drop log messages and coalesce progress rather than buffer them (its heap and RSS
 * stay bounded), and answer the normal clients as before.
 */
final class SlowReaderPhase extends Phase {

    private static final int RECEIVE_BUFFER = 4096;
    private static final long BASELINE_MILLIS = 8_000;

    SlowReaderPhase(Options o) {
        super("slow-readers", 4 * o.slowReaders + " clients stop reading for " + o.pauseSeconds
                + " s mid-stream (log_flood of " + o.logFlood + " messages, wait_for_cancel); a normal client per era"
                + " measured before and during the pause");
    }

    /** A slow reader: how to start its call, stop reading, and read on. */
    private interface Slow {
        void resumeAndFinish() throws IOException;
    }

    @Override
    void run(Harness h) throws Exception {
        Options o = h.options;
        Row baseLegacy = row("HTTP", "2025", "1 session, before the pause");
        Row baseModern = row("HTTP", "2026", "1 client, before the pause");
        long baseEnd = System.nanoTime() + BASELINE_MILLIS * 1_000_000L;
        List<Thread> bystanders = new ArrayList<>();
        bystanders.add(Harness.thread("slow-base-2025",
                () -> LoadPhase.loop(baseLegacy, "b25", baseEnd, () -> h.legacy(), true)));
        bystanders.add(Harness.thread("slow-base-2026",
                () -> LoadPhase.loop(baseModern, "b26", baseEnd, () -> h.modern(), true)));
        Harness.joinAll(bystanders, baseEnd + h.timeout() * 1_000_000L);

        Row slowHttpLegacy = row("HTTP", "2025", o.slowReaders + " slow readers");
        Row slowHttpModern = row("HTTP", "2026", o.slowReaders + " slow readers");
        Row slowWsLegacy = row("WebSocket", "2025", o.slowReaders + " slow readers");
        Row slowWsModern = row("WebSocket", "2026", o.slowReaders + " slow readers");
        List<Slow> slow = new ArrayList<>();
        List<String> waitLabels = new ArrayList<>();
        for (int i = 0; i < o.slowReaders; i++) {
            boolean flood = i % 2 == 0;
            for (boolean modern : new boolean[] { false, true }) {
                slow.add(http(h, modern ? slowHttpModern : slowHttpLegacy, modern, flood, "slow-h" + modern + i,
                        waitLabels));
                slow.add(ws(h, modern ? slowWsModern : slowWsLegacy, modern, flood, "slow-w" + modern + i,
                        waitLabels));
            }
        }

        // The pause: nothing of the slow readers is read; the normal clients go on.
        Row pauseLegacy = row("HTTP", "2025", "1 session, during the pause");
        Row pauseModern = row("HTTP", "2026", "1 client, during the pause");
        long pauseEnd = System.nanoTime() + o.pauseSeconds * 1_000_000_000L;
        bystanders.clear();
        bystanders.add(Harness.thread("slow-pause-2025",
                () -> LoadPhase.loop(pauseLegacy, "p25", pauseEnd, () -> h.legacy(), true)));
        bystanders.add(Harness.thread("slow-pause-2026",
                () -> LoadPhase.loop(pauseModern, "p26", pauseEnd, () -> h.modern(), true)));
        Harness.sleep(o.pauseSeconds * 500L);
        h.middle(this);
        Harness.joinAll(bystanders, pauseEnd + h.timeout() * 1_000_000L);

        for (Slow reader : slow) {
            reader.resumeAndFinish();
        }
        Set<String> cancelled = h.awaitLabels("cancelled_calls", waitLabels, 5_000);
        h.check(this, "the slow readers' wait_for_cancel calls were cancelled after the pause",
                cancelled.size() == waitLabels.size(), cancelled.size() + " of " + waitLabels.size());

        double heapGrown = middle.heapMb() - start.heapMb();
        if (!h.server.nativeImage) {
            h.check(this, "heap after GC in the middle of the pause within " + o.heapSlackMb + " MB of the start",
                    heapGrown <= o.heapSlackMb, String.format(Locale.ROOT, "%.1f -> %.1f MB", start.heapMb(),
                            middle.heapMb()));
        }
        for (Row[] pair : new Row[][] { { baseLegacy, pauseLegacy }, { baseModern, pauseModern } }) {
            double before = pair[0].percentileMillis(0.99);
            double during = pair[1].percentileMillis(0.99);
            double bound = Math.max(3 * before, before + 100);
            h.check(this, pair[1].transport + " " + pair[1].era + " normal client: p99 during the pause at most"
                    + " max(3 x, +100 ms) of before", during <= bound,
                    String.format(Locale.ROOT, "p99 %.1f ms before, %.1f ms during (bound %.1f)", before, during, bound));
        }
    }

    /** An HTTP slow reader: its call's response is on a socket with a small receive buffer that nobody reads. */
    private Slow http(Harness h, Row row, boolean modern, boolean flood, String label, List<String> waitLabels)
            throws IOException {
        HttpMcpClient client = modern ? h.modern() : h.legacy();
        int count = h.options.logFlood;
        HttpMcpClient.OpenCall call = flood
                ? client.openCall("log_flood", "{\"count\":" + count + "}", null, Double.NaN, modern ? "info" : null,
                        RECEIVE_BUFFER, response -> String.valueOf(count).equals(Messages.text(response)))
                : client.openCall("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}", label, Double.NaN, null,
                        RECEIVE_BUFFER);
        if (!flood) {
            waitLabels.add(label);
        }
        return () -> {
            try {
                if (flood) {
                    call.readToEnd();
                    finishFlood(row, call.check(), call.check().logs, count);
                } else {
                    call.readUntilProgress();
                    if (modern) {
                        call.vanish(); // 2026-07-28: closing the stream cancels the call
                    } else {
                        int status = client.notify(Messages.cancelled(call.check().id, "slow reader done"));
                        if (status != 202) {
                            row.problem("notifications/cancelled answered " + status);
                        }
                        call.readToEndWithin(5_000); // the stream ends without a response
                    }
                    row.cancelledCall(call.check());
                }
            } catch (IOException e) {
                row.failed(label + ": " + e);
            } finally {
                call.vanish();
                client.end();
            }
        };
    }

    /** A WebSocket slow reader: it asks for no more messages while paused. */
    private Slow ws(Harness h, Row row, boolean modern, boolean flood, String label, List<String> waitLabels)
            throws IOException {
        WsMcpClient client = h.webSocket(modern);
        int count = h.options.logFlood;
        client.pause();
        CallCheck check = flood
                ? client.start("log_flood", "{\"count\":" + count + "}", null, Double.NaN,
                        response -> String.valueOf(count).equals(Messages.text(response)), modern ? "info" : null)
                : client.start("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}", label, Double.NaN,
                        response -> false, null);
        if (!flood) {
            waitLabels.add(label);
        }
        return () -> {
            try {
                client.resume();
                if (flood) {
                    client.await(check, h.timeout());
                    synchronized (check) {
                        finishFlood(row, check, (int) client.router.logs.get(), count);
                    }
                } else {
                    Harness.sleep(200);
                    client.send(Messages.cancelled(check.id, "slow reader done"));
                    // The server handles the cancellation before the ping: nothing of the call may follow the pong.
                    client.request("ping", ""); // in 2026-07-28 an error (no ping), still an answer in order
                    int progressAtPong;
                    synchronized (check) {
                        progressAtPong = check.progress;
                    }
                    Harness.sleep(300);
                    synchronized (check) {
                        if (check.progress > progressAtPong) {
                            row.problem("progress of " + check.id + " after its cancellation was handled");
                        }
                    }
                    client.router.finish(check);
                    synchronized (check) {
                        row.cancelledCall(check);
                    }
                }
            } catch (IOException e) {
                row.failed(label + ": " + e);
            } finally {
                client.close();
            }
        };
    }

    private static void finishFlood(Row row, CallCheck check, int logs, int count) {
        row.answered(check);
        if (logs >= count / 2) {
            row.problem("a client that did not read got " + logs + " of " + count
                    + " log messages: the server queued them instead of dropping them");
        }
        String note = row.note.isEmpty() ? "" : row.note + "; ";
        row.note = note + "log_flood: " + logs + " of " + count + " logs reached the client";
    }
}
