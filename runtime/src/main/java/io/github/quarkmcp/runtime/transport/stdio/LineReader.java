package io.github.quarkmcp.runtime.transport.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The framing of stdin: newline-delimited messages, read with blocking reads on a thread of its own (never an event
 * loop). A line may end in {@code \r\n}; blank lines are skipped. A line longer than the limit is reported once, as soon
 * as it passes the limit, and the rest of it is skipped without being held, so a client cannot make the server buffer
 * more than the limit.
 */
final class LineReader implements Runnable {

    /** Where the lines go, in order, all from the reader's thread. */
    interface Sink {

        /** A complete line, without its line ending. */
        void line(byte[] line);

        /** A line passed the limit; it is skipped up to its end. */
        void tooLong();

        /** The input ended (end of file), or reading failed ({@code failure} not null). */
        void end(IOException failure);
    }

    /** Holds the reader back while the output does not keep up. */
    interface BackPressure {

        /** Returns once the output can take more (at once if it can). */
        void awaitRoom() throws InterruptedException;
    }

    private static final int CHUNK = 64 * 1024;
    private static final int INITIAL_LINE = 8 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final Sink sink;
    private final BackPressure backPressure;

    private byte[] line = new byte[INITIAL_LINE];
    private int length;
    private boolean skipping;

    LineReader(InputStream in, int maxLineBytes, Sink sink, BackPressure backPressure) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.sink = sink;
        this.backPressure = backPressure;
    }

    @Override
    public void run() {
        byte[] chunk = new byte[CHUNK];
        try {
            int read;
            while ((read = in.read(chunk)) != -1) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        append(chunk, start, i - start);
                        endLine();
                        start = i + 1;
                    }
                }
                append(chunk, start, read - start);
            }
            endLine(); // a last message without its newline is still a message
            sink.end(null);
        } catch (IOException e) {
            sink.end(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.end(null);
        }
    }

    private void append(byte[] bytes, int offset, int count) {
        if (skipping || count == 0) {
            return;
        }
        if ((long) length + count > maxLineBytes) {
            skipping = true;
            length = 0;
            line = new byte[INITIAL_LINE];
            sink.tooLong();
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, length + count)));
        }
        System.arraycopy(bytes, offset, line, length, count);
        length += count;
    }

    private void endLine() throws InterruptedException {
        if (skipping) {
            skipping = false;
            return;
        }
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        length = 0;
        if (isBlank(line, end)) {
            return;
        }
        byte[] message = Arrays.copyOf(line, end);
        if (line.length > CHUNK) {
            line = new byte[INITIAL_LINE]; // a large message does not keep its buffer for the rest of the process
        }
        backPressure.awaitRoom();
        sink.line(message);
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
