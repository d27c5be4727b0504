import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Clients that vanish mid-stream, on every transport and era: each starts {@code wait_for_cancel} (or, over stdio,
 * {@code print_when_cancelled}), reads its first progress report, and drops its connection (a TCP reset; a socket
 * abort; both pipes of a stdio server closed). The rules:
 * <ul>
 * <li>HTTP 2025: a dropped connection is not a cancellation: the call runs on (its progress is discarded) and the
 * session lives; ending the session (DELETE) is what stops it.</li>
 * <li>HTTP 2026-07-28: closing the response stream cancels the call; the tool sees it.</li>
 * <li>WebSocket, both eras: the socket is the session; its end cancels the calls; the tool sees it.</li>
 * <li>stdio, both eras: the end of stdin cancels the calls and the process exits 0 within its grace (2 s).</li>
 * </ul>
 * Afterwards a fresh client of every kind gets answers, and the live threads come back (checked for every phase).
 */
final class VanishPhase extends Phase {

    VanishPhase(Options o) {
        super("vanish", o.vanish + " clients per transport and era (1 stdio server per era) drop their connection"
                + " mid-stream (half with a reset, half closing it)");
    }

    @Override
    void run(Harness h) throws Exception {
        int count = h.options.vanish;
        String run = Long.toString(System.nanoTime(), 36);
        Row httpLegacy = row("HTTP", "2025", count + " sessions");
        Row httpModern = row("HTTP", "2026", count + " clients");
        Row wsLegacy = row("WebSocket", "2025", count + " sockets");
        Row wsModern = row("WebSocket", "2026", count + " sockets");
        Row stdioLegacy = row("stdio", "2025", "1 process");
        Row stdioModern = row("stdio", "2026", "1 process");

        List<HttpMcpClient> legacySessions = new ArrayList<>();
        List<String> legacyLabels = new ArrayList<>();
        List<String> cancelledLabels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (boolean modern : new boolean[] { false, true }) {
                String label = "vanish-http-" + (modern ? "2026-" : "2025-") + run + "-" + i;
                HttpMcpClient client = modern ? h.modern() : h.legacy();
                vanishHttp(client, label, modern ? httpModern : httpLegacy, i % 2 == 0);
                (modern ? cancelledLabels : legacyLabels).add(label);
                if (modern) {
                    client.close();
                } else {
                    legacySessions.add(client);
                }
            }
            for (boolean modern : new boolean[] { false, true }) {
                String label = "vanish-ws-" + (modern ? "2026-" : "2025-") + run + "-" + i;
                vanishWebSocket(h, modern, label, modern ? wsModern : wsLegacy, i % 2 == 0);
                cancelledLabels.add(label);
            }
        }
        Thread stdio2025 = Harness.thread("vanish-stdio-2025", () -> vanishStdio(h, false, "vanish-stdio-2025-" + run,
                stdioLegacy));
        Thread stdio2026 = Harness.thread("vanish-stdio-2026", () -> vanishStdio(h, true, "vanish-stdio-2026-" + run,
                stdioModern));
        h.middle(this);

        // Give the server time to see the connections go, and the 2025 calls time to report into the void.
        Harness.sleep(2_000);
        Set<String> listed = h.labels("cancelled_calls");
        long ranOn = legacyLabels.stream().filter(label -> !listed.contains(label)).count();
        h.check(this, "HTTP 2025: calls whose connection dropped run on (not cancelled 2 s later)",
                ranOn == legacyLabels.size(), ranOn + " of " + legacyLabels.size() + " still running");
        int alive = 0;
        for (HttpMcpClient session : legacySessions) {
            alive += session.ping() == 200 ? 1 : 0;
        }
        h.check(this, "HTTP 2025: the sessions whose connection dropped live on", alive == legacySessions.size(),
                alive + " of " + legacySessions.size() + " answer ping");
        Set<String> seen = h.awaitLabels("cancelled_calls", cancelledLabels, 5_000);
        h.check(this, "HTTP 2026 and WebSocket: the tool saw every vanished call cancelled (within 5 s)",
                seen.size() == cancelledLabels.size(), seen.size() + " of " + cancelledLabels.size());
        int deleted = 0;
        for (HttpMcpClient session : legacySessions) {
            deleted += session.delete() == 204 ? 1 : 0;
            session.close();
        }
        Set<String> stopped = h.awaitLabels("cancelled_calls", legacyLabels, 5_000);
        h.check(this, "HTTP 2025: ending the session (DELETE) stops the calls that ran on (within 5 s)",
                deleted == legacySessions.size() && stopped.size() == legacyLabels.size(),
                deleted + " deleted, " + stopped.size() + " of " + legacyLabels.size() + " stopped");
        httpLegacy.note = ranOn + " ran on, " + stopped.size() + " stopped by DELETE";
        httpModern.note = wsLegacy.note = wsModern.note = "the tool saw the cancellation";
        stdio2025.join(60_000);
        stdio2026.join(60_000);
        freshClients(h);
    }

    /** {@code reset}: the connection drops with a TCP reset; else it is closed in order mid-stream. */
    private void vanishHttp(HttpMcpClient client, String label, Row row, boolean reset) throws IOException {
        HttpMcpClient.OpenCall call = client.openCall("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}",
                label, Double.NaN, null, 0);
        if (!call.readUntilProgress()) {
            row.problem(label + ": no progress before the end of the stream: " + call.check().response);
        }
        if (reset) {
            call.vanish();
        } else {
            call.hangUp();
        }
        row.cancelledCall(call.check());
    }

    /** {@code abort}: the connection just drops; else a close frame (1000), then the drop. */
    private void vanishWebSocket(Harness h, boolean modern, String label, Row row, boolean abort) throws IOException {
        WsMcpClient client = h.webSocket(modern);
        CallCheck check = client.start("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}", label, Double.NaN,
                response -> false, null);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && check.progress == 0) {
            Harness.sleep(10);
        }
        if (abort) {
            client.abort();
        } else {
            client.close();
        }
        synchronized (check) {
            if (check.progress == 0) {
                row.problem(label + ": no progress within 10 s");
            }
            row.cancelledCall(check);
        }
    }

    private void vanishStdio(Harness h, boolean modern, String label, Row row) {
        try {
            StdioMcpClient client = h.launchStdio(modern);
            CallCheck check = client.start("print_when_cancelled", "{\"label\":" + Json.quote(label) + "}", label,
                    Double.NaN, response -> false);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline && check.progress == 0) {
                Harness.sleep(10);
            }
            long vanished = System.nanoTime();
            client.vanish();
            int status = client.awaitExit(10_000);
            long tookMillis = (System.nanoTime() - vanished) / 1_000_000;
            String stderr = client.stderrText();
            boolean sawIt = stderr.contains("cancelled: " + label);
            h.check(this, "stdio " + row.era + ": the process exits 0 within its 2 s grace once the client is gone,"
                    + " and the tool saw its cancellation", status == 0 && tookMillis < 2_000 + 3_000 && sawIt
                            && !stderr.contains("halting"),
                    "exit " + status + " after " + tookMillis + " ms; tool saw the cancellation: " + sawIt);
            synchronized (check) {
                row.cancelledCall(check);
            }
            row.note = "exit " + status + " " + tookMillis + " ms after the pipes closed";
            if (status < 0) {
                client.process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            row.failed(label + ": " + e);
        }
    }

    /** No stuck calls: a fresh client of every kind is answered. */
    private void freshClients(Harness h) throws IOException {
        List<String> answers = new ArrayList<>();
        HttpMcpClient legacy = h.legacy();
        answers.add(Messages.text(legacy.callTool("greet", "{\"name\":\"after\"}")));
        legacy.end();
        HttpMcpClient stateless = h.modern();
        answers.add(Messages.text(stateless.callTool("greet", "{\"name\":\"after\"}")));
        stateless.close();
        for (boolean modern : new boolean[] { false, true }) {
            WsMcpClient ws = h.webSocket(modern);
            answers.add(Messages.text(ws.callTool("greet", "{\"name\":\"after\"}")));
            ws.close();
        }
        h.check(this, "afterwards a fresh client of every kind is answered (no stuck calls)",
                answers.stream().allMatch("Hello, after!"::equals), answers.toString());
    }
}
