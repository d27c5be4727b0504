import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tools that misbehave, with the demo app's tools, on Streamable HTTP and WebSocket in both eras:
 * <ul>
 * <li>throwing: {@code fail} (a ToolCallException) and {@code fail_unexpectedly} (an IllegalStateException, as a bug
 * would): each call gets a result with {@code isError: true} and the tool's message, and the session goes on;</li>
 * <li>blocking forever: {@code uni_wait_for_cancel} and {@code stage_wait_for_cancel} never complete on their own and
 * have no time limit: they hold their stream but no thread, and only the client's cancellation ends them (the tool
 * sees it);</li>
 * <li>blocking a worker thread forever: {@code block_forever} waits on a latch no one opens, under a one-second
 * {@code @Tool(timeout)}: each call is answered at the limit with the time-limit error, and its thread is interrupted
 * then, so no worker stays held ({@code blocked_workers} is back to 0);</li>
 * <li>ignoring cancellation: {@code process_items} of 30 items (3 s) never looks at its cancellation and is not
 * interrupted: cancelled after its first report, it gets no response and its stream ends, while it runs on to its end
 * on its worker thread, which comes back afterwards.</li>
 * </ul>
 */
final class BadToolsPhase extends Phase {

    private static final int FOREVER = 6;
    private static final int IGNORING = 4;
    private static final long HOLD_MILLIS = 5_000;
    private static final int WORKER_BLOCKERS = 3;
    private static final String TIME_LIMIT_ERROR = "Tool block_forever did not finish within PT1S (its @Tool(timeout))"
            + " and was cancelled";

    BadToolsPhase(Options o) {
        super("bad-tools", o.badToolCalls + " throwing calls, " + FOREVER + " calls that block forever, "
                + WORKER_BLOCKERS + " that block a worker forever (1 s time limit) and " + IGNORING
                + " that ignore their cancellation, per transport and era");
    }

    /** How a transport's client starts a call and holds it open after its first report. */
    private interface Hold {
        Held start(String tool, String arguments, String token, Row row) throws IOException;
    }

    /** A call held open: how to tell whether it is still unanswered, and how the client cancels it. */
    private interface Held {
        boolean unanswered();

        void cancelAndFinish() throws IOException;
    }

    @Override
    void run(Harness h) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> foreverLabels = new ArrayList<>();
        List<Held> forever = new ArrayList<>();
        List<Held> ignoring = new ArrayList<>();
        List<Runnable> cleanups = new ArrayList<>();
        blockWorkers(h);
        for (String transport : new String[] { "HTTP", "WebSocket" }) {
            for (boolean modern : new boolean[] { false, true }) {
                String era = modern ? "2026" : "2025";
                Row throwing = row(transport, era, h.options.badToolCalls + " throwing calls");
                Row blocked = row(transport, era, FOREVER + " calls blocking forever");
                Row ignored = row(transport, era, IGNORING + " calls ignoring cancellation");
                String name = transport + era + "-" + run;
                Hold hold;
                if (transport.equals("HTTP")) {
                    HttpMcpClient client = modern ? h.modern() : h.legacy();
                    throwHttp(h, client, throwing);
                    hold = (tool, arguments, token, row) -> holdHttp(client, tool, arguments, token, row);
                    cleanups.add(client::end);
                } else {
                    WsMcpClient client = h.webSocket(modern);
                    throwWebSocket(client, throwing);
                    hold = (tool, arguments, token, row) -> holdWebSocket(client, tool, arguments, token, row);
                    cleanups.add(client::close);
                }
                for (int i = 0; i < FOREVER; i++) {
                    String label = "forever-" + name + "-" + i;
                    foreverLabels.add(label);
                    forever.add(hold.start(i % 2 == 0 ? "uni_wait_for_cancel" : "stage_wait_for_cancel",
                            "{\"label\":" + Json.quote(label) + "}", label, blocked));
                }
                for (int i = 0; i < IGNORING; i++) {
                    ignoring.add(hold.start("process_items", items(30), "ignore-" + name + "-" + i, ignored));
                }
            }
        }
        // The calls that ignore their cancellation are cancelled at once; those that block forever are held first.
        for (Held call : ignoring) {
            call.cancelAndFinish();
        }
        Harness.sleep(HOLD_MILLIS);
        h.middle(this);
        long stillBlocked = forever.stream().filter(Held::unanswered).count();
        h.check(this, "tools that block forever without a time limit hold their call until the client cancels",
                stillBlocked == forever.size(), stillBlocked + " of " + forever.size() + " unanswered after "
                        + HOLD_MILLIS / 1000 + " s");
        h.check(this, "tools that block forever on the event loop hold no thread",
                middle.threads() <= start.threads() + h.options.threadSlack + 4 * IGNORING,
                start.threads() + " -> " + middle.threads() + " threads (the " + 4 * IGNORING
                        + " cancelled process_items calls still run on workers)");
        for (Held call : forever) {
            call.cancelAndFinish();
        }
        Set<String> seen = h.awaitLabels("async_cancelled_calls", foreverLabels, 5_000);
        h.check(this, "the tool saw each cancellation of a call blocking forever", seen.size() == foreverLabels.size(),
                seen.size() + " of " + foreverLabels.size());
        cleanups.forEach(Runnable::run);
    }

    /**
     * {@code block_forever} from every transport and era at once: each call is answered at its time limit with the
     * time-limit error, and afterwards no call of it holds a worker.
     */
    private void blockWorkers(Harness h) throws Exception {
        List<Thread> callers = new ArrayList<>();
        List<AutoCloseable> clients = new ArrayList<>();
        for (String transport : new String[] { "HTTP", "WebSocket" }) {
            for (boolean modern : new boolean[] { false, true }) {
                Row row = row(transport, modern ? "2026" : "2025", WORKER_BLOCKERS + " calls blocking a worker");
                row.note = "answered at the 1 s limit with its error";
                if (transport.equals("HTTP")) {
                    HttpMcpClient client = modern ? h.modern() : h.legacy();
                    clients.add(client::end);
                    for (int i = 0; i < WORKER_BLOCKERS; i++) {
                        callers.add(Harness.thread("block-forever", () -> {
                            try {
                                HttpMcpClient.OpenCall call = client.openCall("block_forever", "{}", null, Double.NaN,
                                        null, 0, response -> isToolError(response, TIME_LIMIT_ERROR, modern));
                                try {
                                    HttpMcpClient.readCall(call.response(), call.check());
                                } finally {
                                    call.hangUp();
                                }
                                row.answered(call.check());
                            } catch (IOException e) {
                                row.failed("block_forever: " + e);
                            }
                        }));
                    }
                } else {
                    WsMcpClient client = h.webSocket(modern);
                    clients.add(client);
                    List<CallCheck> checks = new ArrayList<>();
                    for (int i = 0; i < WORKER_BLOCKERS; i++) {
                        checks.add(client.start("block_forever", "{}", null, Double.NaN,
                                response -> isToolError(response, TIME_LIMIT_ERROR, modern), null));
                    }
                    callers.add(Harness.thread("block-forever-ws", () -> {
                        for (CallCheck check : checks) {
                            client.await(check, h.timeout());
                            synchronized (check) {
                                row.answered(check);
                            }
                        }
                    }));
                }
            }
        }
        Harness.joinAll(callers, System.nanoTime() + (h.timeout() + 5_000) * 1_000_000L);
        long deadline = System.nanoTime() + 5_000_000_000L;
        String held = blockedWorkers(h);
        while (!"0".equals(held) && System.nanoTime() < deadline) {
            Harness.sleep(100);
            held = blockedWorkers(h);
        }
        h.check(this, "no worker is held by a tool that blocks forever once its time limit passed", "0".equals(held),
                "blocked_workers: " + held + " after " + 4 * WORKER_BLOCKERS + " calls");
        for (AutoCloseable client : clients) {
            client.close();
        }
    }

    private static String blockedWorkers(Harness h) throws IOException {
        HttpMcpClient client = h.legacy();
        try {
            return Messages.text(client.callTool("blocked_workers", "{}"));
        } finally {
            client.end();
        }
    }

    private static String items(int count) {
        StringBuilder list = new StringBuilder("{\"items\":[");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "\"" : ",\"").append("i").append(i).append('"');
        }
        return list.append("]}").toString();
    }

    private void throwHttp(Harness h, HttpMcpClient client, Row row) throws IOException {
        for (int k = 0; k < h.options.badToolCalls; k++) {
            boolean bug = k % 2 == 1;
            String message = (bug ? "the ledger is inconsistent " : "it went wrong ") + k;
            CallCheck check = client.call(bug ? "fail_unexpectedly" : "fail",
                    "{\"" + (bug ? "message" : "reason") + "\":" + Json.quote(message) + "}", null, Double.NaN,
                    response -> isToolError(response, message, client.modern));
            row.answered(check);
        }
        greetStillServed(client.callTool("greet", "{\"name\":\"after\"}"), row);
        row.note = "isError results; greet answered afterwards";
    }

    private void throwWebSocket(WsMcpClient client, Row row) throws IOException {
        int calls = Integer.parseInt(row.load.split(" ")[0]);
        for (int k = 0; k < calls; k++) {
            boolean bug = k % 2 == 1;
            String message = (bug ? "the ledger is inconsistent " : "it went wrong ") + k;
            CallCheck check = client.call(bug ? "fail_unexpectedly" : "fail",
                    "{\"" + (bug ? "message" : "reason") + "\":" + Json.quote(message) + "}", null, Double.NaN,
                    response -> isToolError(response, message, client.modern));
            synchronized (check) {
                row.answered(check);
            }
        }
        greetStillServed(client.callTool("greet", "{\"name\":\"after\"}"), row);
        row.note = "isError results; greet answered afterwards";
    }

    private static boolean isToolError(Object response, String message, boolean modern) {
        return Boolean.TRUE.equals(Json.at(response, "result", "isError")) && message.equals(Messages.text(response))
                && (!modern || "complete".equals(Json.string(response, "result", "resultType")));
    }

    private static void greetStillServed(Object response, Row row) {
        if (!"Hello, after!".equals(Messages.text(response))) {
            row.problem("greet after the throwing tools: " + response);
        }
    }

    /** An HTTP call held on its own connection after its first report; cancelling it is the era's way. */
    private Held holdHttp(HttpMcpClient client, String tool, String arguments, String token, Row row)
            throws IOException {
        HttpMcpClient.OpenCall call = client.openCall(tool, arguments, token, Double.NaN, null, 0, response -> false);
        if (!call.readUntilProgress()) {
            row.problem(tool + ": the stream ended before the first report: " + call.check().response);
        }
        return new Held() {
            public boolean unanswered() {
                return !call.check().answered;
            }

            public void cancelAndFinish() throws IOException {
                if (client.modern) {
                    call.vanish(); // 2026-07-28: closing the stream is the cancellation
                } else {
                    int status = client.notify(Messages.cancelled(call.check().id, "bad tool"));
                    if (status != 202) {
                        row.problem("notifications/cancelled answered " + status);
                    }
                    call.readToEndWithin(5_000);
                    call.vanish();
                }
                row.cancelledCall(call.check());
            }
        };
    }

    /** A WebSocket call held after its first report; cancelled by notifications/cancelled in both eras. */
    private Held holdWebSocket(WsMcpClient client, String tool, String arguments, String token, Row row)
            throws IOException {
        CallCheck check = client.start(tool, arguments, token, Double.NaN, response -> false, null);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && check.progress == 0) {
            Harness.sleep(10);
        }
        if (check.progress == 0) {
            row.problem(tool + ": no report within 10 s");
        }
        return new Held() {
            public boolean unanswered() {
                synchronized (check) {
                    return !check.answered;
                }
            }

            public void cancelAndFinish() throws IOException {
                client.send(Messages.cancelled(check.id, "bad tool"));
                client.request("ping", ""); // handled after the cancellation: nothing of the call may follow it
                int progressAtPong;
                synchronized (check) {
                    progressAtPong = check.progress;
                }
                Harness.sleep(300);
                client.router.finish(check);
                synchronized (check) {
                    if (check.progress > progressAtPong) {
                        row.problem(tool + " " + check.id + ": progress after its cancellation was handled");
                    }
                    row.cancelledCall(check);
                }
            }
        };
    }
}
