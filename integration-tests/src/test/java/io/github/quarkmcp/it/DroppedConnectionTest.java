package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A POST whose connection drops while its call runs: per the spec that is not a cancellation. The call runs on
 * (its progress is discarded), the session goes on, and ending the session ({@code DELETE}) is what cancels it.
 * <p>
 * While the application runs in the test's JVM ({@code @QuarkusTest}), the test also watches the log: discarding
 * the progress of a call whose client went away must not log an ERROR. Against the packaged application
 * ({@link DroppedConnectionIT}) the application logs in its own process, so that part sees nothing there.
 */
@QuarkusTest
class DroppedConnectionTest {

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;
    private final ErrorCapture errors = new ErrorCapture();

    @BeforeEach
    void setUp() {
        client = new McpHttpClient(endpoint);
        Logger.getLogger("").addHandler(errors);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(errors);
    }

    @Test
    void aDroppedConnectionDoesNotCancelTheCall() throws InterruptedException {
        String label = "dropped-" + UUID.randomUUID();
        String token = "drop-" + label;
        ClientSession session = client.connect();

        long id = client.nextId();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", "wait_for_cancel");
        params.put("arguments", Map.of("label", label));
        params.put("_meta", Map.of("progressToken", token));
        try (McpHttpClient.Opened call = client.open(session.post(McpHttpClient.message(id, "tools/call", params))
                .build())) {
            assertEquals(200, call.status(), () -> "tools/call: " + call.headers().map());
            assertTrue(call.contentType().startsWith("text/event-stream"), call::contentType);
            JsonNode progress = SseEvent.readUntilProgress(call.body(), token, TIMEOUT).progress();
            assertEquals(token, progress.path("params").path("progressToken").asText(), progress::toString);
        } // closing the body cancels it: the client drops the connection with the call still running

        // Give the server time to see the connection go, and the call time to report into the void.
        Thread.sleep(1000);

        // The session goes on...
        session.assertAlive();
        // ...and the call was not cancelled (wait_for_cancel records its label when it sees a cancellation).
        Set<String> cancelled = cancelledCalls(session);
        assertFalse(cancelled.contains(label), () -> "a dropped connection cancelled the call: " + cancelled);
        session.assertAlive();

        // Ending the session cancels its calls: the call was still running, and now it stops.
        McpResponse deleted = session.delete();
        assertEquals(204, deleted.status(), deleted::toString);
        ClientSession other = client.connect();
        Set<String> afterDelete = cancelledCallsEventually(other, label, Duration.ofSeconds(5));
        assertTrue(afterDelete.contains(label),
                () -> "ending the session did not cancel the call still running: " + afterDelete);
        assertEquals(404, session.ping().status(), "the deleted session is gone");
        other.delete();

        // Discarding the progress (and the result) of the call whose client went away is not an error.
        errors.assertNone();
    }

    /** The labels {@code cancelled_calls} lists. */
    private static Set<String> cancelledCalls(ClientSession session) {
        JsonNode result = session.callTool("cancelled_calls", Map.of()).result();
        assertFalse(result.path("isError").asBoolean(), () -> "cancelled_calls failed: " + result);
        JsonNode structured = result.get("structuredContent");
        JsonNode array = structured != null && structured.isArray() ? structured
                : McpHttpClient.parse(result.path("content").path(0).path("text").asText());
        assertTrue(array.isArray(), () -> "cancelled_calls should list labels: " + result);
        Set<String> labels = new HashSet<>();
        array.forEach(label -> labels.add(label.asText()));
        return labels;
    }

    /** Asks {@code cancelled_calls} until it lists {@code label} or {@code timeout} passes; returns the last answer. */
    private static Set<String> cancelledCallsEventually(ClientSession session, String label, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> labels = cancelledCalls(session);
        while (!labels.contains(label) && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
            labels = cancelledCalls(session);
        }
        return labels;
    }

    /** Collects what is logged at ERROR (or above) in this JVM while it is installed on the root logger. */
    private static final class ErrorCapture extends Handler {

        private final List<String> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (records) {
                    records.add(record.getLoggerName() + ": " + record.getMessage()
                            + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
                }
            }
        }

        void assertNone() {
            synchronized (records) {
                assertEquals(List.of(), records, "ERROR logged");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
