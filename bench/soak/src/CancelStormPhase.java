import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Cancel storms: for the storm's length, thousands of {@code notifications/cancelled} per second into sessions that
 * have live calls and bystander calls running, naming finished ids (calls answered before the storm), unknown ids
 * (strings and numbers never sent) and, once in the middle of the storm, the live calls' ids.
 * <ul>
 * <li>2025 HTTP and WebSocket (both eras; the socket is the session): the live calls are cancelled (no response, the
 * tool sees it); nothing else is: the bystanders are all answered and the session lives.</li>
 * <li>2026-07-28 HTTP: there is no session to name an id in, so the server ignores the notification (202); the live
 * calls run on through the storm and are cancelled, afterwards, by closing their streams.</li>
 * </ul>
 */
final class CancelStormPhase extends Phase {

    private static final int TARGETS = 2;
    private static final int FINISHED = 50;
    private static final int LIVE = 5;

    CancelStormPhase(Options o) {
        super("cancel-storm", "notifications/cancelled at " + o.cancelRate + "/s per transport and era for "
                + o.stormSeconds + " s (finished, unknown and live ids), with live and bystander calls running");
    }

    /** A live call that the storm cancels (or, in 2026 over HTTP, must not). */
    private record Live(String label, CallCheck check, Thread reader, HttpMcpClient.OpenCall http) {
    }

    /** Sends one cancellation; returns whether it was accepted (HTTP 202; sent, on a socket). */
    private interface Sender {
        boolean cancel(Object id) throws IOException;
    }

    @Override
    void run(Harness h) throws Exception {
        Options o = h.options;
        String run = Long.toString(System.nanoTime(), 36);
        long stormEnd = System.nanoTime() + o.stormSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Runnable> afterwards = new ArrayList<>();
        List<Runnable> cleanups = new ArrayList<>();
        for (String transport : new String[] { "HTTP", "WebSocket" }) {
            for (boolean modern : new boolean[] { false, true }) {
                String era = modern ? "2026" : "2025";
                Row liveRow = row(transport, era, TARGETS * LIVE + " live calls");
                Row bystanders = row(transport, era, TARGETS + " bystanders");
                AtomicLong sent = new AtomicLong();
                AtomicLong refused = new AtomicLong();
                List<Live> lives = new ArrayList<>();
                for (int t = 0; t < TARGETS; t++) {
                    String name = "storm-" + transport + era + "-" + t + "-" + run;
                    if (transport.equals("HTTP")) {
                        setUpHttp(h, modern, name, liveRow, bystanders, stormEnd, lives, threads, cleanups, sent,
                                refused);
                    } else {
                        setUpWebSocket(h, modern, name, liveRow, bystanders, stormEnd, lives, threads, cleanups, sent,
                                refused);
                    }
                }
                afterwards.add(() -> verify(h, transport, modern, liveRow, lives, sent, refused));
            }
        }
        h.middleAfter(this, o.stormSeconds * 500L).join();
        Harness.joinAll(threads, stormEnd + h.timeout() * 1_000_000L);
        for (Runnable verify : afterwards) {
            verify.run();
        }
        cleanups.forEach(Runnable::run);
    }

    private void setUpHttp(Harness h, boolean modern, String name, Row liveRow, Row bystanders, long stormEnd,
            List<Live> lives, List<Thread> threads, List<Runnable> cleanups, AtomicLong sent, AtomicLong refused)
            throws IOException {
        HttpMcpClient main = modern ? h.modern() : h.legacy();
        List<Object> finished = new ArrayList<>();
        for (int i = 0; i < FINISHED; i++) {
            Object answer = main.callTool("greet", "{\"name\":\"storm\"}");
            if (!"Hello, storm!".equals(Messages.text(answer))) {
                liveRow.problem("greet answered " + answer);
            }
            finished.add(Json.at(answer, "id"));
        }
        List<Object> liveIds = new ArrayList<>();
        for (int i = 0; i < LIVE; i++) {
            String label = name + "-live-" + i;
            HttpMcpClient.OpenCall call = main.openCall("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}",
                    label, Double.NaN, null, 0, response -> false);
            Thread reader = Harness.thread("storm-reader-" + label, () -> {
                try {
                    call.readToEnd();
                } catch (IOException e) {
                    // dropped on purpose (2026) or by the server
                }
            });
            lives.add(new Live(label, call.check(), reader, call));
            liveIds.add(call.check().id);
        }
        HttpMcpClient bystander = modern ? h.modern() : HttpMcpClient.joinSession(main, 1_000_000);
        threads.add(Harness.thread("storm-bystander-" + name, () -> LoadPhase.loop(bystanders, name, stormEnd,
                () -> shared(bystander), true)));
        HttpMcpClient senderClient = modern ? h.modern() : HttpMcpClient.joinSession(main, 2_000_000);
        Sender sender = id -> senderClient.notify(Messages.cancelled(id, "storm")) == 202;
        threads.add(Harness.thread("storm-sender-" + name, () -> storm(h, name, sender, finished, liveIds, stormEnd,
                sent, refused, liveRow)));
        cleanups.add(() -> {
            bystander.close();
            senderClient.close();
            if (!modern) {
                try {
                    int status = main.ping();
                    if (status != 200) {
                        liveRow.problem("the session answered ping with " + status + " after the storm");
                    }
                } catch (IOException e) {
                    liveRow.problem("ping after the storm: " + e);
                }
            }
            main.end();
        });
    }

    private void setUpWebSocket(Harness h, boolean modern, String name, Row liveRow, Row bystanders, long stormEnd,
            List<Live> lives, List<Thread> threads, List<Runnable> cleanups, AtomicLong sent, AtomicLong refused)
            throws IOException {
        WsMcpClient socket = h.webSocket(modern);
        List<Object> finished = new ArrayList<>();
        for (int i = 0; i < FINISHED; i++) {
            CallCheck greet = socket.call("greet", "{\"name\":\"storm\"}", null, Double.NaN, CallCheck::successfulResult);
            if (!greet.responseAsExpected()) {
                liveRow.problem("greet answered " + greet.response);
            }
            finished.add(greet.id);
        }
        List<Object> liveIds = new ArrayList<>();
        for (int i = 0; i < LIVE; i++) {
            String label = name + "-live-" + i;
            CallCheck check = socket.start("wait_for_cancel", "{\"label\":" + Json.quote(label) + "}", label,
                    Double.NaN, response -> false, null);
            lives.add(new Live(label, check, null, null));
            liveIds.add(check.id);
        }
        threads.add(Harness.thread("storm-bystander-" + name, () -> LoadPhase.loop(bystanders, name, stormEnd,
                () -> shared(socket), true)));
        Sender sender = id -> {
            socket.send(Messages.cancelled(id, "storm"));
            return true;
        };
        threads.add(Harness.thread("storm-sender-" + name, () -> storm(h, name, sender, finished, liveIds, stormEnd,
                sent, refused, liveRow)));
        cleanups.add(() -> {
            try {
                Object pong = socket.request("ping", "");
                if (!Json.isResponse(pong)) {
                    liveRow.problem("no answer to ping after the storm");
                }
            } catch (IOException e) {
                liveRow.problem("ping after the storm: " + e);
            }
            socket.close();
        });
    }

    /** Sends cancellations at the rate until the storm ends: finished and unknown ids, the live ones once mid-way. */
    private void storm(Harness h, String name, Sender sender, List<Object> finished, List<Object> live, long stormEnd,
            AtomicLong sent, AtomicLong refused, Row row) {
        double perNano = h.options.cancelRate / (double) TARGETS / 1e9;
        long start = System.nanoTime();
        long middle = start + (stormEnd - start) / 2;
        boolean liveSent = false;
        long k = 0;
        try {
            while (System.nanoTime() < stormEnd) {
                long now = System.nanoTime();
                if (!liveSent && now >= middle) {
                    for (Object id : live) {
                        count(sender.cancel(id), sent, refused);
                    }
                    liveSent = true;
                }
                if (k >= (now - start) * perNano) {
                    Thread.sleep(1);
                    continue;
                }
                Object id = switch ((int) (k % 3)) {
                    case 0 -> "ghost-" + name + "-" + k;
                    case 1 -> 9_000_000_000L + k;
                    default -> finished.get((int) (k % finished.size()));
                };
                count(sender.cancel(id), sent, refused);
                k++;
            }
            for (Object id : live) { // once more, now that they are over: nothing happens
                count(sender.cancel(id), sent, refused);
            }
        } catch (IOException | InterruptedException e) {
            row.problem(name + ": the storm stopped: " + e);
        }
    }

    private static void count(boolean accepted, AtomicLong sent, AtomicLong refused) {
        sent.incrementAndGet();
        if (!accepted) {
            refused.incrementAndGet();
        }
    }

    private void verify(Harness h, String transport, boolean modern, Row row, List<Live> lives, AtomicLong sent,
            AtomicLong refused) {
        String kind = transport + " " + (modern ? "2026" : "2025");
        List<String> labels = lives.stream().map(Live::label).toList();
        try {
            if (transport.equals("HTTP") && modern) {
                // No session: the storm named ids the server cannot look up; the live calls ran through it.
                Set<String> listed = h.labels("cancelled_calls");
                long survived = labels.stream().filter(label -> !listed.contains(label)).count();
                long streaming = lives.stream().filter(live -> live.reader().isAlive()).count();
                h.check(this, kind + ": notifications/cancelled is ignored (no session); the live calls run on",
                        survived == lives.size() && streaming == lives.size(),
                        survived + " of " + lives.size() + " not cancelled, " + streaming + " streams open");
                lives.forEach(live -> live.http().vanish());
            } else if (transport.equals("HTTP")) {
                for (Live live : lives) {
                    live.reader().join(5_000);
                    if (live.reader().isAlive()) {
                        row.problem("the stream of cancelled call " + live.check().id + " is still open");
                        live.http().vanish();
                    }
                }
            }
            Set<String> seen = h.awaitLabels("cancelled_calls", labels, 5_000);
            h.check(this, kind + ": the tool saw every live call cancelled"
                    + (transport.equals("HTTP") && modern ? " once its stream closed" : " by the storm"),
                    seen.size() == labels.size(), seen.size() + " of " + labels.size());
        } catch (IOException | InterruptedException e) {
            row.problem("verifying the storm: " + e);
        }
        for (Live live : lives) {
            if (live.reader() != null) {
                try {
                    live.reader().join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (live.check()) {
                row.cancelledCall(live.check());
            }
        }
        h.check(this, kind + ": every notifications/cancelled accepted" + (transport.equals("HTTP") ? " (HTTP 202)" : ""),
                refused.get() == 0, refused.get() + " of " + sent.get() + " refused");
        row.note = String.format(Locale.ROOT, "%,d cancels sent (%,.0f/s)", sent.get(),
                sent.get() / (double) h.options.stormSeconds);
    }

    /** A client shared with others (the storm's session or socket): ending the loop leaves it open. */
    private static McpCaller shared(McpCaller client) {
        return new McpCaller() {
            public CallCheck call(String tool, String arguments, Object token, double total,
                    Predicate<Object> expected) throws IOException {
                return client.call(tool, arguments, token, total, expected);
            }

            public long lateAfterAnswer() {
                return client.lateAfterAnswer();
            }

            public void end() {
            }
        };
    }
}
