package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.TIMEOUT;
import static io.github.quarkmcp.it.McpHttpClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code quarkus.mcp.session.idle-timeout}, set to one second here: a session with no open exchange (no request
 * being served, no stream open) for longer than that is ended, and its id gets HTTP 404; an open {@code GET} stream
 * keeps a session alive however long it stays quiet.
 * <p>
 * The idle sweep runs every second with this timeout, so a session is gone at most about two seconds after its last
 * exchange ended. Every probe below is a {@code ping}, which is itself an exchange that restarts the idle clock; so
 * instead of probing often, the test stays quiet for {@link #QUIET} (comfortably more than two seconds) before each
 * probe, and probes again (after another quiet spell) only if a slow machine needed more time, until
 * {@link #DEADLINE}.
 */
@QuarkusTest
@TestProfile(SessionIdleTimeoutTest.OneSecond.class)
class SessionIdleTimeoutTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.session.idle-timeout", "1S");
        }
    }

    /** Longer than the idle timeout (1 s) plus the sweep interval (1 s). */
    private static final Duration QUIET = Duration.ofMillis(2500);
    /** How long a session may take to be ended, slow machines included. */
    private static final Duration DEADLINE = Duration.ofSeconds(12);

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;

    @BeforeEach
    void createClient() {
        client = new McpHttpClient(endpoint);
    }

    @Test
    void aSessionLeftAloneIsEnded() throws InterruptedException {
        ClientSession session = client.connect();
        session.assertAlive();

        McpResponse gone = awaitEnded(session);
        assertRefused(gone, 404, -32001, "Not Found: no session " + session.id()
                + " (ended or expired); send initialize to start a new one");

        // It stays ended: DELETE finds nothing either, and the client can start over with a new session.
        assertEquals(404, session.delete().status(), "DELETE of an expired session");
        client.connect().assertAlive();
    }

    @Test
    void anOpenStreamKeepsTheSessionAliveUntilItCloses() throws InterruptedException {
        ClientSession streaming = client.connect();
        ClientSession control = client.connect();
        try (McpHttpClient.Opened stream = streaming.openStream()) {
            assertEquals(200, stream.status(), () -> "GET stream: " + stream.headers().map());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream::contentType);
            LineStream.Line first = stream.body().next(TIMEOUT); // the server's opening comment: the stream is up
            assertNotNull(first, "the stream ended at once");

            // The control session had its last exchange after the streaming one had its last request, so once the
            // control session is gone, the streaming session has been quiet for at least as long.
            McpResponse gone = awaitEnded(control);
            assertEquals(404, gone.status(), gone::toString);
            McpResponse alive = streaming.ping();
            assertEquals(200, alive.status(), () -> "a session with an open stream must not be ended: " + alive);

            // And it survives another quiet spell as well: it is the stream, not luck in the sweep's timing.
            Thread.sleep(QUIET.toMillis());
            McpResponse stillAlive = streaming.ping();
            assertEquals(200, stillAlive.status(), () -> "second quiet spell: " + stillAlive);
        } // closing the stream drops its connection: the session's last exchange ends

        McpResponse ended = awaitEnded(streaming);
        assertRefused(ended, 404, -32001, "Not Found: no session " + streaming.id()
                + " (ended or expired); send initialize to start a new one");
    }

    /**
     * The timeout counts time "unused (no message, no open stream)" (McpRuntimeConfig): a notification is a message,
     * so a client that sends one every 250 ms keeps its session for three seconds.
     */
    @Test
    void notificationsKeepTheSessionAlive() throws InterruptedException {
        ClientSession session = client.connect();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() - end < 0) {
            McpResponse accepted = session.notify("notifications/initialized", null);
            assertEquals(202, accepted.status(), () -> "a notification of a used session: " + accepted);
            Thread.sleep(250);
        }
        session.assertAlive();
    }

    /**
     * Stays quiet for {@link #QUIET}, then pings the session; repeats while it still answers 200, until
     * {@link #DEADLINE}. Returns the 404 answer; fails if the session outlives the deadline.
     */
    private static McpResponse awaitEnded(ClientSession session) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int probes = 0;
        while (true) {
            Thread.sleep(QUIET.toMillis());
            McpResponse response = session.ping();
            probes++;
            if (response.status() == 404) {
                return response;
            }
            assertEquals(200, response.status(), () -> "ping while waiting for the session to end: " + response);
            if (System.nanoTime() - deadline > 0) {
                int tries = probes;
                throw new AssertionError("session " + session.id() + " was still alive after " + DEADLINE + " ("
                        + tries + " probes, each after " + QUIET + " of quiet)");
            }
        }
    }
}
