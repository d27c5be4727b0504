import java.util.function.Predicate;

/**
 * The calls the load clients make, in turn: {@code process_items} (a worker thread, progress 0..n of n, 100 ms per
 * item), {@code report_flood} (a tight loop of 2,000 reports, coalesced; the last one, 2000 of 2000, must arrive
 * before the result) and {@code injected_context} (the event loop, progress 1 of 1 after an asynchronous hop).
 */
record Workload(String tool, String arguments, double total, Predicate<Object> expected) {

    /**
     * The calls of a client that stands by while a fault is injected: the same mix without {@code injected_context},
     * so that a bystander's figures tell of the fault only (the load phase calls all three).
     */
    static Workload bystander(long seq, boolean modern) {
        return pick(seq % 4 == 3 ? seq - 2 : seq, modern);
    }

    static Workload pick(long seq, boolean modern) {
        switch ((int) (seq % 4)) {
            case 1:
                return new Workload("report_flood", "{\"reports\":2000}", 2000,
                        response -> complete(response, modern) && Json.number(response, "result", "structuredContent",
                                "reports") == 2000);
            case 3:
                // The bean's injected McpContext must be this call's: it names the request it serves.
                return new Workload("injected_context", "{}", 1, response -> complete(response, modern)
                        && ("audited in request " + Json.idJson(Json.at(response, "id"))).equals(Messages.text(response)));
            default:
                int items = 1 + (int) ((seq / 4) % 4);
                StringBuilder list = new StringBuilder("[");
                for (int i = 0; i < items; i++) {
                    list.append(i == 0 ? "" : ",").append("\"item").append(i).append('"');
                }
                return new Workload("process_items", "{\"items\":" + list + "]}", items,
                        response -> complete(response, modern) && Json.number(response, "result", "structuredContent",
                                "processed") == items);
        }
    }

    /** A successful tool result, with {@code resultType: complete} in 2026-07-28. */
    static boolean complete(Object response, boolean modern) {
        return CallCheck.successfulResult(response)
                && (!modern || "complete".equals(Json.string(response, "result", "resultType")));
    }

    /** A progress token unique to the call: a string or (every other call) an integer, whose JSON type must survive. */
    static Object token(String client, long seq) {
        return seq % 2 == 0 ? client + "-" + seq : (long) (Math.abs(client.hashCode() % 100_000)) * 10_000_000L + seq;
    }
}
