package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain TCP socket that shows the server's frames as they are on the wire (opcode, final
 * bit, length header, payload), which the JDK's client hides: for tests of how the server frames its messages.
 * It sends each text message as one masked frame, as RFC 6455 asks of a client. Reads time out after 10 s.
 */
final class RawFrameClient implements AutoCloseable {

    /** One frame as received: the first byte's final bit and opcode, the length field's width, and the payload. */
    record Frame(boolean fin, int opcode, int lengthFieldBytes, byte[] payload) {

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    static final int TEXT = 0x1;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawFrameClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens {@code endpoint} (an http URL) and completes the WebSocket handshake for subprotocol {@code mcp}. */
    static RawFrameClient connect(URI endpoint) throws IOException {
        Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setSoTimeout(10_000);
        RawFrameClient client = new RawFrameClient(socket);
        String handshake = "GET " + endpoint.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: mcp\r\n\r\n";
        client.out.write(handshake.getBytes(StandardCharsets.US_ASCII));
        client.out.flush();
        String status = client.readHeaders();
        assertTrue(status.startsWith("HTTP/1.1 101"), () -> "the handshake was refused: " + status);
        return client;
    }

    /** Sends {@code text} as one final, masked text frame. */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x80 | TEXT);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i & 3]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Sends {@code text}, then returns the next frame. */
    Frame nextFrameAfter(String text) throws IOException {
        sendText(text);
        return nextFrame();
    }

    /** The next frame other than a ping or a pong, exactly as the server framed it. */
    Frame nextFrame() throws IOException {
        for (;;) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            assertTrue((second & 0x80) == 0, "a server must not mask its frames (RFC 6455, 5.1)");
            int length = second & 0x7F;
            int lengthFieldBytes = 0;
            long fullLength = length;
            if (length == 126) {
                lengthFieldBytes = 2;
                fullLength = in.readUnsignedShort();
            } else if (length == 127) {
                lengthFieldBytes = 8;
                fullLength = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(fullLength)];
            in.readFully(payload);
            Frame frame = new Frame((first & 0x80) != 0, first & 0x0F, lengthFieldBytes, payload);
            if (frame.opcode() == PING || frame.opcode() == PONG) {
                continue;
            }
            return frame;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private String readHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            headers.append((char) in.readUnsignedByte());
        }
        return headers.toString();
    }
}
