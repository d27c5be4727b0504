package io.github.quarkmcp.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * One clock per event loop tells the exchanges still open one interval after they opened, and only those, and checks
 * nothing while none is open. Runs on a real Vert.x event loop, as the clock does in the server.
 */
class KeepAliveClockTest {

    private static final long INTERVAL_MILLIS = 100;

    private final Vertx vertx = Vertx.vertx();
    private final Context loop = vertx.getOrCreateContext();
    private final List<String> due = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void onlyTheExchangesStillOpenAtTheirIntervalAreDueAndEachOnce() throws Exception {
        KeepAliveClock clock = onLoop(() -> new KeepAliveClock.Clocks(INTERVAL_MILLIS).current());
        KeepAliveClock.Entry[] entries = onLoop(() -> new KeepAliveClock.Entry[] {
                clock.open(() -> due.add("first"), loop), clock.open(() -> due.add("ended"), loop),
                clock.open(() -> due.add("last"), loop) });
        onLoop(() -> {
            clock.close(entries[1]); // ends in the middle of the list, well before its interval
            return null;
        });

        Thread.sleep(INTERVAL_MILLIS * 3);

        assertEquals(List.of("first", "last"), due, "due in the order they opened, the ended one not at all");
        assertFalse(onLoop(clock::ticking), "no check runs once no exchange is open");
    }

    @Test
    void anExchangeThatEndsBeforeItsIntervalIsNeverDueAndTheClockStopsAndStartsAgain() throws Exception {
        KeepAliveClock clock = onLoop(() -> new KeepAliveClock.Clocks(INTERVAL_MILLIS).current());
        KeepAliveClock.Entry quick = onLoop(() -> clock.open(() -> due.add("quick"), loop));
        assertTrue(onLoop(clock::ticking));
        onLoop(() -> {
            clock.close(quick);
            clock.close(quick); // an exchange may end twice over (closed, then finished): harmless
            return null;
        });
        Thread.sleep(INTERVAL_MILLIS * 2);
        assertEquals(List.of(), due);
        assertFalse(onLoop(clock::ticking));

        onLoop(() -> clock.open(() -> due.add("later"), loop));
        Thread.sleep(INTERVAL_MILLIS * 2);
        assertEquals(List.of("later"), due);
    }

    @Test
    void noClockWhenKeepAliveIsOff() throws Exception {
        assertNull(onLoop(() -> new KeepAliveClock.Clocks(0).current()));
    }

    private <T> T onLoop(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.runOnContext(ignored -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
