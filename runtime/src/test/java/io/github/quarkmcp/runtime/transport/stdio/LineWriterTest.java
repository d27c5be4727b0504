package io.github.quarkmcp.runtime.transport.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The framing of stdout and its bound: what waits is counted, and a full queue holds the reader back until it drains. */
class LineWriterTest {

    @Test
    void messagesAreWrittenInOrderOnePerLineWithLineEndingsInsideTurnedIntoSpaces() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out, 1024, () -> {
        }, failure -> {
        });
        writer.start("test-writer");
        writer.write("{\"a\":1}");
        writer.write("{\n  \"b\" : 2\r\n}");
        writer.write("{\"c\":\"\\n\"}");
        writer.close(5000);
        assertEquals("{\"a\":1}\n{   \"b\" : 2  }\n{\"c\":\"\\n\"}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aClientThatDoesNotReadFillsTheQueueThenDrainingFreesTheReaderAndRunsTheWaiters() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                written.write(b);
            }
        };
        AtomicInteger drained = new AtomicInteger();
        LineWriter writer = new LineWriter(stalled, 100, drained::incrementAndGet, failure -> {
        });
        writer.start("test-writer");
        String message = "x".repeat(30);
        for (int i = 0; i < 5; i++) {
            writer.write(message); // 5 x 31 bytes: over the limit of 100
        }
        assertTrue(writer.full());
        writer.notifyWhenDrained();

        CountDownLatch readerResumed = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                writer.awaitRoom();
                readerResumed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        assertFalse(readerResumed.await(200, TimeUnit.MILLISECONDS), "the reader waits while the queue is full");
        assertEquals(0, drained.get());

        release.countDown();
        assertTrue(readerResumed.await(5, TimeUnit.SECONDS), "the reader goes on once the queue drained");
        writer.close(5000);
        assertFalse(writer.full());
        assertEquals(1, drained.get(), "the waiters ran once");
        assertEquals(5 * 31, written.size());
    }

    @Test
    void aFailingStdoutIsReportedAndLaterWritesAreDropped() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        LineWriter writer = new LineWriter(broken, 100, () -> {
        }, failure -> failed.countDown());
        writer.start("test-writer");
        writer.write("{}");
        assertTrue(failed.await(5, TimeUnit.SECONDS));
        writer.write("x".repeat(1000));
        assertFalse(writer.full(), "nothing is held for a client that is gone");
    }
}
