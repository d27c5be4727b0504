import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 connection on a plain blocking socket, written by hand so that the harness controls every byte and
 * every read: a client can stop reading (a slow reader: the socket's receive buffer fills and TCP pushes back on the
 * server), drop the connection mid-stream, or send bodies no well-behaved client would.
 */
final class HttpConnection implements AutoCloseable {

    final int port;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private HttpConnection(int port, Socket socket) throws IOException {
        this.port = port;
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to 127.0.0.1:{@code port}. {@code receiveBufferBytes} above 0 fixes the socket's receive buffer (set
     * before connecting, so TCP's window is small from the start): what a slow reader uses to feel back-pressure early.
     */
    static HttpConnection open(int port, int receiveBufferBytes, int readTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        if (receiveBufferBytes > 0) {
            socket.setReceiveBufferSize(receiveBufferBytes);
        }
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(readTimeoutMillis);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return new HttpConnection(port, socket);
    }

    void readTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /** Writes a request: head, then {@code body} with its Content-Length (unless {@code headers} say otherwise). */
    void send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        boolean explicitFraming = headers.keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding"));
        if (!explicitFraming) {
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    /** Writes bytes as they are (the rest of a chunked body, say). */
    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads a response's status line and headers; its body is then read from {@link Response#body()}. */
    Response readHead() throws IOException {
        String status = line(in);
        if (status == null) {
            throw new EOFException("the server closed the connection before answering");
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + status);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
            }
        }
        InputStream body;
        int code = Integer.parseInt(parts[1]);
        if (code == 204 || code == 304 || code / 100 == 1) {
            body = InputStream.nullInputStream(); // no body, by definition
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = new ChunkedBody(in);
        } else if (headers.containsKey("content-length")) {
            body = new LengthBody(in, Long.parseLong(headers.get("content-length")));
        } else {
            body = in; // to the end of the connection
        }
        return new Response(code, headers, body);
    }

    /** Closes the connection in order (FIN), as a client that is done does. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone already
        }
    }

    /** Drops the connection at once with a TCP reset, whatever is still to be read or written: the client vanishes. */
    void reset() {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
        close();
    }

    /** A response whose head is read; {@code headers} have lower-case names. */
    record Response(int status, Map<String, String> headers, InputStream body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        boolean isEventStream() {
            return contentType().startsWith("text/event-stream");
        }

        /** Whether the server closes the connection after this response. */
        boolean closes() {
            return "close".equalsIgnoreCase(headers.get("connection"));
        }

        String bodyText() throws IOException {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }

        /** The next event's data (its {@code data:} lines joined), or null at the end of the stream. */
        String nextEvent() throws IOException {
            StringBuilder data = null;
            for (String line = line(body); line != null; line = line(body)) {
                if (line.isEmpty()) {
                    if (data != null) {
                        return data.toString();
                    }
                } else if (line.startsWith("data:")) {
                    String value = line.substring(line.startsWith("data: ") ? 6 : 5);
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
                // comments (": keep-alive") and "event:" lines carry nothing to check
            }
            return data == null ? null : data.toString();
        }
    }

    /** One line without its CR LF (or LF), or null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (;;) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
    }

    /** A body of Content-Length bytes. */
    private static final class LengthBody extends InputStream {
        private final InputStream in;
        private long left;

        LengthBody(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the body ended " + left + " bytes early");
            }
            left--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read < 0) {
                throw new EOFException("the body ended " + left + " bytes early");
            }
            left -= read;
            return read;
        }
    }

    /** A chunked body, decoded; ends after the last (empty) chunk and its trailers. */
    private static final class ChunkedBody extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        private boolean nextChunk() throws IOException {
            if (done) {
                return false;
            }
            if (left == 0) {
                String size = line(in);
                if (size == null) {
                    throw new EOFException("the chunked body ended without its last chunk");
                }
                if (size.isEmpty()) { // the CR LF after the previous chunk
                    size = line(in);
                    if (size == null) {
                        throw new EOFException("the chunked body ended without its last chunk");
                    }
                }
                int semicolon = size.indexOf(';');
                left = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (left == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers carry nothing we check
                    }
                    done = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            if (!nextChunk()) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the chunked body ended mid-chunk");
            }
            left--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (!nextChunk()) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read < 0) {
                throw new EOFException("the chunked body ended mid-chunk");
            }
            left -= read;
            return read;
        }
    }
}
