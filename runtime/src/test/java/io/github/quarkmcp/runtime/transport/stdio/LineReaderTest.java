package io.github.quarkmcp.runtime.transport.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The framing of stdin, on byte streams cut at awkward places. */
class LineReaderTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void linesEndAtNewlinesWithOrWithoutCarriageReturnAndBlankLinesAreSkipped() {
        read(8, stream("{\"a\":1}\n\r\n{\"b\":2}\r\n\n   \n{\"c\":3}"));
        // The last line has no newline: the end of input ends it.
        assertEquals(List.of("line {\"a\":1}", "line {\"b\":2}", "line {\"c\":3}", "end"), events);
    }

    @Test
    void aLineOverTheLimitIsReportedOnceAndSkippedToItsEndAcrossReads() {
        String longLine = "{\"pad\":\"" + "x".repeat(100) + "\"}";
        read(32, chunked(7, longLine + "\n{\"ok\":true}\n"));
        assertEquals(List.of("tooLong", "line {\"ok\":true}", "end"), events);
    }

    @Test
    void aLineOfExactlyTheLimitPasses() {
        read(10, chunked(3, "0123456789\n01234567890\nabc\n"));
        assertEquals(List.of("line 0123456789", "tooLong", "line abc", "end"), events);
    }

    @Test
    void multiByteCharactersSplitAcrossReadsArriveWhole() {
        read(64, chunked(1, "{\"s\":\"grüße ✓\"}\n"));
        assertEquals(List.of("line {\"s\":\"grüße ✓\"}", "end"), events);
    }

    @Test
    void theReaderWaitsForRoomBeforeEachLine() {
        List<String> order = events;
        new LineReader(stream("a\nb\n"), 10, sink(), () -> order.add("awaitRoom")).run();
        assertEquals(List.of("awaitRoom", "line a", "awaitRoom", "line b", "end"), events);
    }

    private void read(int max, InputStream in) {
        new LineReader(in, max, sink(), () -> {
        }).run();
    }

    private LineReader.Sink sink() {
        return new LineReader.Sink() {
            @Override
            public void line(byte[] line) {
                events.add("line " + new String(line, StandardCharsets.UTF_8));
            }

            @Override
            public void tooLong() {
                events.add("tooLong");
            }

            @Override
            public void end(IOException failure) {
                events.add(failure == null ? "end" : "failed");
            }
        };
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that returns at most {@code size} bytes per read, as a pipe may. */
    private static InputStream chunked(int size, String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(size, len));
            }
        };
    }
}
