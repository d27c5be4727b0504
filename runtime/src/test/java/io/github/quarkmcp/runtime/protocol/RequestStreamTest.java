package io.github.quarkmcp.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request's stream runs its writes on its outbound's thread: at once when it is already there and nothing of the
 * stream waits in the queue, queued otherwise, and in either case in the order they were given, the response last.
 * The "event loop" here is a single thread; what it writes is recorded as the wire.
 */
class RequestStreamTest {

    private final RecordingOutbound outbound = new RecordingOutbound();
    private final RequestStream stream = new RequestStream(outbound);
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        outbound.loop.shutdownNow();
        worker.shutdownNow();
    }

    @Test
    void onTheEventLoopAResponseIsWrittenAtOnceWithoutATask() throws Exception {
        List<String> seenOnReturn = onLoop(() -> {
            stream.notify("n1");
            stream.respond("r");
            return List.copyOf(outbound.wire);
        });
        assertEquals(List.of("n1", "r"), seenOnReturn, "both written before respond returned");
        assertEquals(0, outbound.queuedTasks.get(), "no task went through the event loop's queue");
    }

    @Test
    void fromAnotherThreadEveryWriteIsQueuedInOrder() throws Exception {
        worker.submit(() -> {
            for (int i = 0; i < 100; i++) {
                stream.notify("n" + i);
            }
            stream.respond("r");
        }).get(5, TimeUnit.SECONDS);
        onLoop(() -> null); // behind every task queued above
        assertEquals(101, outbound.queuedTasks.get());
        assertEquals(101, outbound.wire.size());
        for (int i = 0; i < 100; i++) {
            assertEquals("n" + i, outbound.wire.get(i));
        }
        assertEquals("r", outbound.wire.get(100));
    }

    @Test
    void aResponseOnTheEventLoopWaitsForNotificationsQueuedBeforeIt() throws Exception {
        CountDownLatch queued = new CountDownLatch(1);
        CompletableFuture<Void> answered = new CompletableFuture<>();
        // The event loop is busy with a task while a worker queues three notifications behind it; the task then
        // answers: the response must not overtake them.
        outbound.loop.execute(() -> {
            try {
                queued.await(5, TimeUnit.SECONDS);
                stream.respond("r");
                answered.complete(null);
            } catch (Throwable e) {
                answered.completeExceptionally(e);
            }
        });
        worker.submit(() -> {
            stream.notify("n1");
            stream.notify("n2");
            stream.notify("n3");
            queued.countDown();
        }).get(5, TimeUnit.SECONDS);
        answered.get(5, TimeUnit.SECONDS);
        onLoop(() -> null);
        assertEquals(List.of("n1", "n2", "n3", "r"), outbound.wire);
    }

    @Test
    void aTaskGivenFromInsideATaskOfTheSameStreamRunsAfterIt() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        onLoop(() -> {
            stream.execute(() -> {
                stream.execute(() -> order.add("inner"));
                order.add("outer, to its end");
            });
            return null;
        });
        onLoop(() -> null);
        assertEquals(List.of("outer, to its end", "inner"), order);
        assertEquals(1, outbound.queuedTasks.get(), "only the inner task was queued");
    }

    @Test
    void afterOneQueuedTaskTheEventLoopsOwnWritesAreQueuedBehindIt() throws Exception {
        worker.submit(() -> stream.notify("from the worker")).get(5, TimeUnit.SECONDS);
        onLoop(() -> {
            stream.respond("r");
            return null;
        });
        onLoop(() -> null);
        assertEquals(List.of("from the worker", "r"), outbound.wire);
        assertEquals(2, outbound.queuedTasks.get());
    }

    /** Runs {@code work} as a task of the event loop and waits for what it returns. */
    private <T> T onLoop(java.util.concurrent.Callable<T> work) throws Exception {
        return outbound.loop.submit(work).get(5, TimeUnit.SECONDS);
    }

    /** An outbound whose executor is one thread (the event loop), recording what it writes and what it queues. */
    private static final class RecordingOutbound implements Outbound {

        final ExecutorService loop = Executors.newSingleThreadExecutor();
        final List<String> wire = new CopyOnWriteArrayList<>();
        final AtomicInteger queuedTasks = new AtomicInteger();
        private final Thread loopThread;

        RecordingOutbound() {
            try {
                loopThread = loop.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public java.util.concurrent.Executor executor() {
            return task -> {
                queuedTasks.incrementAndGet();
                loop.execute(task);
            };
        }

        @Override
        public boolean isExecutorThread() {
            return Thread.currentThread() == loopThread;
        }

        @Override
        public void send(String json) {
            wire.add(json);
        }

        @Override
        public void complete(String json) {
            wire.add(json);
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
