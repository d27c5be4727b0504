package io.github.quarkmcp.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.TextNode;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.runtime.protocol.McpSession.Admission;

/**
 * The session's bookkeeping of calls, without sockets: admission under the limit of running calls is exact however
 * many calls arrive at once, a place is given back however a call ends, and a cancellation that comes before its
 * call cancels it when it comes, while cancellations of ids that never come stay bounded.
 */
class McpSessionTest {

    private static final int MAX = 32;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final McpSession session = new McpSession("test", LogLevel.INFO);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void callsBeyondTheLimitAreBusyUntilOneEnds() {
        List<CallContext> calls = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            CallContext call = call(i);
            assertEquals(Admission.ADMITTED, session.admit(Integer.toString(i), call, MAX));
            calls.add(call);
        }
        assertEquals(MAX, session.callsInFlight());
        assertEquals(Admission.BUSY, session.admit("33", call(33), MAX));
        assertEquals(MAX, session.callsInFlight(), "a refused call holds no place");

        session.untrack("0", calls.get(0)); // finished
        assertEquals(Admission.ADMITTED, session.admit("33", call(33), MAX));
        session.cancel("1"); // cancelled
        assertTrue(calls.get(1).isCancelled());
        assertEquals(Admission.ADMITTED, session.admit("34", call(34), MAX));
        assertEquals(Admission.BUSY, session.admit("35", call(35), MAX));

        session.untrack("1", calls.get(1)); // the cancelled call ends later: its place was given back already
        assertEquals(MAX, session.callsInFlight());
        session.cancelCalls();
        assertEquals(0, session.callsInFlight());
        assertTrue(calls.subList(1, MAX).stream().allMatch(CallContext::isCancelled), "all but the finished one");
    }

    @Test
    void aDuplicateIdIsRefusedAndHoldsNoPlace() {
        CallContext first = call(1);
        assertEquals(Admission.ADMITTED, session.admit("\"a\"", first, MAX));
        assertEquals(Admission.DUPLICATE_ID, session.admit("\"a\"", call(1), MAX));
        assertEquals(Admission.ADMITTED, session.admit("1", call(1), MAX), "1 and \"1\" are different ids");
        assertEquals(2, session.callsInFlight());
        session.untrack("\"a\"", call(1)); // another call of the same id: not the tracked one, nothing happens
        assertEquals(2, session.callsInFlight());
        session.untrack("\"a\"", first);
        assertEquals(1, session.callsInFlight());
    }

    /** 200 calls at once, 3,000 times over: exactly the limit is let in each time, and each time all places come back. */
    @Test
    void admissionIsExactUnderConcurrency() throws Exception {
        int calls = 200;
        for (int round = 0; round < 3_000; round++) {
            CyclicBarrier start = new CyclicBarrier(16);
            ConcurrentLinkedQueue<String> admitted = new ConcurrentLinkedQueue<>();
            AtomicInteger busy = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                workers.add(threads.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        String id = Integer.toString(i);
                        CallContext call = call(i);
                        Admission admission = session.admit(id, call, MAX);
                        if (admission == Admission.ADMITTED) {
                            admitted.add(id);
                        } else {
                            assertEquals(Admission.BUSY, admission);
                            busy.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            int admittedCount = admitted.size();
            int roundNumber = round;
            assertEquals(MAX, admittedCount, () -> "round " + roundNumber + ": admitted " + admittedCount);
            assertEquals(calls - MAX, busy.get());
            assertEquals(MAX, session.callsInFlight());
            admitted.forEach(session::cancel);
            assertEquals(0, session.callsInFlight(), "every place given back");
        }
    }

    @Test
    void aCancellationThatComesFirstCancelsItsCall() {
        session.cancel("\"late\"", 0);
        assertEquals(1, session.earlyCancelCount());
        assertEquals(Admission.CANCELLED, session.admit("\"late\"", call(1), MAX, 1_000_000));
        assertEquals(0, session.callsInFlight(), "a call cancelled on arrival holds no place");
        assertEquals(0, session.earlyCancelCount(), "used once, then forgotten");
        // The cancellation applied once: the same id, sent again, would run (the spec forbids that anyway).
        assertEquals(Admission.ADMITTED, session.admit("\"late\"", call(1), MAX, 2_000_000));
        // Another id and another JSON type of the same digits are not affected.
        session.cancel("7", 0);
        assertEquals(Admission.ADMITTED, session.admit("\"7\"", call(7), MAX, 1));
        assertEquals(Admission.ADMITTED, session.admit("8", call(8), MAX, 1));
    }

    @Test
    void aCancellationIsRememberedOnlyForItsWindow() {
        long now = 1_000_000_000L;
        session.cancel("1", now);
        session.cancel("2", now);
        assertEquals(Admission.CANCELLED,
                session.admit("1", call(1), MAX, now + McpSession.EARLY_CANCEL_WINDOW_NANOS - 1));
        assertEquals(Admission.ADMITTED,
                session.admit("2", call(2), MAX, now + McpSession.EARLY_CANCEL_WINDOW_NANOS));
        assertEquals(0, session.earlyCancelCount());
    }

    @Test
    void cancellingARunningCallRemembersNothing() {
        CallContext call = call(1);
        assertEquals(Admission.ADMITTED, session.admit("1", call, MAX));
        session.cancel("1");
        assertTrue(call.isCancelled());
        assertEquals(0, session.earlyCancelCount());
        assertEquals(0, session.callsInFlight());
    }

    /** Cancellations of ids that never come: the session remembers at most its bound, the newest ones. */
    @Test
    void cancellationsOfIdsThatNeverComeStayBounded() {
        long now = 0;
        for (int i = 0; i < 10_000; i++) {
            session.cancel("\"never-" + i + "\"", now += 1000);
            assertTrue(session.earlyCancelCount() <= McpSession.MAX_EARLY_CANCELS, "after " + i);
        }
        assertEquals(McpSession.MAX_EARLY_CANCELS, session.earlyCancelCount());
        int newestForgotten = 10_000 - McpSession.MAX_EARLY_CANCELS - 1;
        assertEquals(Admission.ADMITTED, session.admit("\"never-" + newestForgotten + "\"", call(1), MAX, now));
        assertEquals(Admission.CANCELLED, session.admit("\"never-" + (newestForgotten + 1) + "\"", call(2), MAX, now));
        assertEquals(Admission.CANCELLED, session.admit("\"never-9999\"", call(3), MAX, now));
    }

    @Test
    void expiredCancellationsMakeRoomBeforeAnyOtherIsForgotten() {
        long start = 1_000_000L;
        for (int i = 0; i < McpSession.MAX_EARLY_CANCELS - 1; i++) {
            session.cancel("\"old-" + i + "\"", start);
        }
        session.cancel("\"recent\"", start + 1000);
        assertEquals(McpSession.MAX_EARLY_CANCELS, session.earlyCancelCount());
        session.cancel("\"new\"", start + McpSession.EARLY_CANCEL_WINDOW_NANOS);
        assertEquals(2, session.earlyCancelCount(), "the expired ones went, the others stayed");
        long now = start + McpSession.EARLY_CANCEL_WINDOW_NANOS + 1;
        assertEquals(Admission.CANCELLED, session.admit("\"recent\"", call(1), MAX, now));
        assertEquals(Admission.CANCELLED, session.admit("\"new\"", call(2), MAX, now));
    }

    /** A cancellation and its call, arriving at once from two threads: the call always ends up cancelled. */
    @Test
    void aCancellationRacingItsCallIsNeverLost() throws Exception {
        for (int round = 0; round < 2_000; round++) {
            String id = "\"race-" + round + "\"";
            CallContext call = call(round);
            CountDownLatch go = new CountDownLatch(1);
            Future<Admission> admitting = threads.submit(() -> {
                go.await();
                return session.admit(id, call, MAX);
            });
            Future<?> cancelling = threads.submit(() -> {
                go.await();
                session.cancel(id);
                return null;
            });
            go.countDown();
            Admission admission = admitting.get(10, TimeUnit.SECONDS);
            cancelling.get(10, TimeUnit.SECONDS);
            int roundNumber = round;
            assertTrue(admission == Admission.CANCELLED || (admission == Admission.ADMITTED && call.isCancelled()),
                    () -> "round " + roundNumber + ": " + admission + ", cancelled " + call.isCancelled());
            session.untrack(id, call);
            assertEquals(0, session.callsInFlight(), () -> "round " + roundNumber + ": a place was not given back");
            assertEquals(0, session.earlyCancelCount(), () -> "round " + roundNumber + ": a cancellation lingers");
        }
    }

    private CallContext call(int id) {
        return new CallContext(TextNode.valueOf(Integer.toString(id)),
                RequestContext.legacy(session, ProtocolVersion.LATEST_LEGACY), null,
                new RequestStream(new DiscardingOutbound()), LogLevel.INFO, new ProgressSettings(0, (delay, task) -> {
                }), null, null, false);
    }

    /** An outbound that runs every task at once and keeps nothing. */
    private static final class DiscardingOutbound implements Outbound {

        @Override
        public java.util.concurrent.Executor executor() {
            return Runnable::run;
        }

        @Override
        public boolean isExecutorThread() {
            return false;
        }

        @Override
        public void send(String json) {
        }

        @Override
        public void complete(String json) {
        }

        @Override
        public void abandon() {
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public void whenWritable(Runnable task) {
            task.run();
        }
    }
}
