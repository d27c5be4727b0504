package io.github.quarkmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Keep-alive on Streamable HTTP, with a 200 ms interval: a call still running after an interval is answered as an
 * event stream with comment lines before its result, so that no proxy or idle timeout takes a long silent call for a
 * dead connection; an idle GET stream gets a comment each interval. (A quick call stays plain JSON: the other tests
 * check that, with the default interval.)
 */
@QuarkusTest
@TestProfile(KeepAliveTest.ShortKeepAlive.class)
class KeepAliveTest {

    public static class ShortKeepAlive implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.http.keep-alive-interval", "200ms");
        }
    }

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(5);

    @TestHTTPResource("/mcp")
    URI endpoint;

    private ClientSession session;

    @BeforeEach
    void connect() {
        session = new McpHttpClient(endpoint).connect();
    }

    @Test
    void aLongSilentCallIsAnsweredAsAStreamWithCommentsBeforeTheResult() {
        // Eight items at 100 ms each, and no progress token: nothing to report for 800 ms.
        McpResponse response = session.callTool("process_items",
                Map.of("items", List.of("a", "b", "c", "d", "e", "f", "g", "h")));
        assertEquals(200, response.status());
        assertTrue(response.isEventStream(), () -> "a stream once the call outlived the interval: " + response);
        long keepAlives = response.comments().stream().filter(comment -> comment.contains("keep-alive")).count();
        assertTrue(keepAlives >= 2, () -> "comment lines while the call ran: " + response.comments());
        String body = response.body();
        assertTrue(body.indexOf(": keep-alive") < body.indexOf("data:"), () -> "comments before the result: " + body);
        JsonNode result = response.result();
        assertEquals(8, result.path("structuredContent").path("processed").asInt(), result::toString);
        assertEquals(1, response.events().size(), () -> "only the result as an event: " + response);
    }

    @Test
    void anIdleStreamGetsACommentEachInterval() {
        try (McpHttpClient.Opened stream = session.openStream()) {
            assertEquals(200, stream.status());
            assertTrue(stream.body().next(LINE_TIMEOUT).text().startsWith(": stream open"));
            // Three comments on a stream with nothing to send; without them, next() gives up after 5 s.
            int keepAlives = 0;
            while (keepAlives < 3) {
                LineStream.Line line = stream.body().next(LINE_TIMEOUT);
                assertNotNull(line, "the stream ended");
                if (line.text().equals(": keep-alive")) {
                    keepAlives++;
                }
            }
        }
    }
}
