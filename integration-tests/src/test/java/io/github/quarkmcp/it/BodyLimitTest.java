package io.github.quarkmcp.it;

import static io.github.quarkmcp.it.McpHttpClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code quarkus.mcp.http.max-body-size}, set small here: a larger body gets HTTP 413. */
@QuarkusTest
@TestProfile(BodyLimitTest.OneKilobyte.class)
class BodyLimitTest {

    public static class OneKilobyte implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.http.max-body-size", "1K");
        }
    }

    private static final String TOO_LARGE = "Payload Too Large: the body exceeds 1024 bytes (quarkus.mcp.http.max-body-size)";

    @TestHTTPResource("/mcp")
    URI endpoint;

    McpHttpClient client;
    ClientSession session;

    @BeforeEach
    void connect() {
        client = new McpHttpClient(endpoint);
        session = client.connect();
    }

    /** A {@code greet} call whose body is exactly {@code size} bytes. */
    private static String greetOfSize(int size) {
        String empty = McpHttpClient.message(1, "tools/call", Map.of("name", "greet", "arguments", Map.of("name", "")));
        String body = McpHttpClient.message(1, "tools/call",
                Map.of("name", "greet", "arguments", Map.of("name", "x".repeat(size - empty.length()))));
        assertEquals(size, body.getBytes(StandardCharsets.UTF_8).length);
        return body;
    }

    @Test
    void aBodyAtTheLimitIsServed() {
        McpResponse response = session.send(greetOfSize(1024));
        assertEquals(200, response.status(), response::toString);
        assertEquals(1, response.json().path("id").asInt());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefused() {
        McpResponse response = session.send(greetOfSize(1025));
        assertRefused(response, 413, -32600, TOO_LARGE);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() {
        byte[] body = greetOfSize(4096).getBytes(StandardCharsets.UTF_8);
        // No Content-Length: the JDK client sends the body chunked, so the server must count as it reads.
        HttpRequest.Builder request = session.post("")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        McpResponse response = client.send(request);
        assertRefused(response, 413, -32600, TOO_LARGE);
    }

    @Test
    void theSessionGoesOnAfterARefusal() {
        assertEquals(413, session.send(greetOfSize(2048)).status());
        session.assertAlive();
    }
}
