import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session flood: {@code initialize} after {@code initialize} (100,000 by default), never deleted, on a few
 * keep-alive connections. The server holds at most {@code quarkus.mcp.session.max-sessions} (10,000) and refuses the
 * rest with HTTP 503 and a JSON-RPC error; the sessions expire once idle ({@code quarkus.mcp.session.idle-timeout},
 * which the harness sets short), after which initialize succeeds again; a session and a stateless client that were
 * busy all along are answered throughout.
 */
final class SessionFloodPhase extends Phase {

    SessionFloodPhase(Options o) {
        super("session-flood", String.format(Locale.ROOT, "%,d initialize never deleted, on %d connections"
                + " (max-sessions %,d, idle-timeout %d s), with a busy session and a stateless client", o.flood,
                o.floodConnections, o.maxSessions, o.idleTimeoutSeconds));
    }

    @Override
    void run(Harness h) throws Exception {
        Options o = h.options;
        Row flood = row("HTTP", "2025", String.format(Locale.ROOT, "%,d initialize", o.flood));
        Row busyLegacy = row("HTTP", "2025", "1 busy session, flood and expiry");
        Row busyModern = row("HTTP", "2026", "1 busy client, flood and expiry");
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Thread> bystanders = new ArrayList<>();
        bystanders.add(Harness.thread("flood-busy-2025", () -> LoadPhase.loop(busyLegacy, "f25", flooding::get,
                () -> h.legacy(), true)));
        bystanders.add(Harness.thread("flood-busy-2026", () -> LoadPhase.loop(busyModern, "f26", flooding::get,
                () -> h.modern(), true)));
        Harness.sleep(1_000); // the busy session exists before the flood

        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ConcurrentLinkedQueue<Long> acceptedAt = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acceptedIds = new ConcurrentLinkedQueue<>();
        AtomicBoolean middleTaken = new AtomicBoolean();
        long start = System.nanoTime();
        List<Thread> floods = new ArrayList<>();
        for (int c = 0; c < o.floodConnections; c++) {
            floods.add(Harness.thread("flood-" + c, () -> {
                HttpMcpClient client = HttpMcpClient.modern(h.port(), h.timeout()); // no session of its own
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Accept", "application/json, text/event-stream");
                headers.put("Content-Type", "application/json");
                for (long k = next.getAndIncrement(); k < o.flood; k = next.getAndIncrement()) {
                    if (k == o.flood / 2 && middleTaken.compareAndSet(false, true)) {
                        Harness.thread("flood-middle", () -> h.middle(this));
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpConnection.Response response = client.post(Messages.initialize(k)
                                .getBytes(StandardCharsets.UTF_8), headers);
                        String body = response.bodyText();
                        client.reuse(response);
                        String sessionId = response.headers().get("mcp-session-id");
                        if (response.status() == 200 && sessionId != null && body.contains("\"protocolVersion\"")) {
                            accepted.incrementAndGet();
                            acceptedAt.add(System.nanoTime());
                            if (acceptedIds.size() < 10) {
                                acceptedIds.add(sessionId);
                            }
                            flood.probe(true, System.nanoTime() - sent, null);
                        } else if (response.status() == 503) {
                            refused.incrementAndGet();
                            Object error = Json.parse(body);
                            boolean clear = Json.number(error, "error", "code") == -32603
                                    && Json.sameId(Json.at(error, "id"), k)
                                    && String.valueOf(Json.string(error, "error", "message"))
                                            .startsWith("Service Unavailable");
                            flood.probe(clear, System.nanoTime() - sent, "503 without the expected error: " + body);
                        } else {
                            flood.probe(false, System.nanoTime() - sent, "initialize answered " + response.status()
                                    + ": " + body);
                        }
                    } catch (IOException | RuntimeException e) {
                        flood.failed("initialize " + k + ": " + e);
                    }
                }
                client.close();
            }));
        }
        Harness.joinAll(floods, System.nanoTime() + 600_000_000_000L);
        double floodSeconds = (System.nanoTime() - start) / 1e9;

        // No session accepted in the flood can have expired before idle-timeout had passed since the first one.
        long first = acceptedAt.stream().mapToLong(Long::longValue).min().orElse(start);
        long window = first + o.idleTimeoutSeconds * 1_000_000_000L;
        long inWindow = acceptedAt.stream().filter(at -> at < window).count();
        h.check(this, "at most max-sessions (" + o.maxSessions + ") sessions held: initialize accepted before any"
                + " could expire", inWindow <= o.maxSessions && (o.flood < o.maxSessions || inWindow >= o.maxSessions - 10),
                String.format(Locale.ROOT, "%,d accepted within the first %d s (2 busy clients hold the rest)",
                        inWindow, o.idleTimeoutSeconds));
        h.check(this, "initialize beyond the limit gets HTTP 503 with a JSON-RPC error (-32603, Service Unavailable)",
                o.flood <= o.maxSessions || refused.get() > 0, String.format(Locale.ROOT, "%,d accepted, %,d refused in"
                        + " %.1f s (%,.0f initialize/s)", accepted.get(), refused.get(), floodSeconds,
                        o.flood / floodSeconds));
        flood.note = String.format(Locale.ROOT, "%,d accepted, %,d refused with 503, %,.0f/s", accepted.get(),
                refused.get(), o.flood / floodSeconds);

        // Idle expiry: the flood's sessions go, and a new one is accepted again.
        long waitStart = System.nanoTime();
        long sweep = Math.max(1, Math.min(o.idleTimeoutSeconds / 2, 60));
        long limit = waitStart + (o.idleTimeoutSeconds + sweep + 15) * 1_000_000_000L;
        boolean acceptedAgain = false;
        while (System.nanoTime() < limit) {
            try {
                HttpMcpClient client = h.legacy();
                client.end();
                acceptedAgain = true;
                break;
            } catch (IOException e) {
                Harness.sleep(1_000);
            }
        }
        double waited = (System.nanoTime() - waitStart) / 1e9;
        h.check(this, "idle sessions expire: initialize is accepted again within idle-timeout + sweep + 15 s",
                acceptedAgain, String.format(Locale.ROOT, "accepted again %.1f s after the flood ended", waited));
        // Every session of the flood is gone once idle long enough.
        Harness.sleep(sweep * 1000 + 1000);
        int gone = 0;
        int probed = 0;
        for (String id : acceptedIds) {
            HttpMcpClient probe = HttpMcpClient.modern(h.port(), h.timeout());
            probe.sessionId = id;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/json, text/event-stream");
            headers.put("Content-Type", "application/json");
            headers.put("Mcp-Session-Id", id);
            HttpConnection.Response response = probe.post(Messages.ping(1).getBytes(StandardCharsets.UTF_8), headers);
            response.bodyText();
            probe.close();
            probed++;
            gone += response.status() == 404 ? 1 : 0;
        }
        h.check(this, "the flood's sessions are gone after their idle timeout (ping gets 404)", gone == probed,
                gone + " of " + probed + " sampled sessions answer 404");
        // The busy clients kept their session through it all (ending it earlier would have freed a place).
        flooding.set(false);
        Harness.joinAll(bystanders, System.nanoTime() + (h.timeout() + 10_000) * 1_000_000L);
    }
}
