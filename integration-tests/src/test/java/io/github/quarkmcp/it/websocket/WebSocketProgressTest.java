package io.github.quarkmcp.it.websocket;

import static io.github.quarkmcp.it.websocket.McpWebSocketClient.JSON;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.TIMEOUT;
import static io.github.quarkmcp.it.websocket.McpWebSocketClient.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.it.websocket.McpWebSocketClient.Received;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Progress over WebSocket: each notification its own text frame, all of a request's before its response. */
@QuarkusTest
class WebSocketProgressTest {

    /** How long to keep listening after a response to make sure nothing of its request follows. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void processItemsWithAStringTokenReportsEachItemThenResponds() {
        processThreeItems("w1", 11);
    }

    @Test
    void processItemsWithAnIntegerTokenKeepsItAnInteger() {
        processThreeItems(7, 12);
    }

    private void processThreeItems(Object token, int id) {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            client.request(id, "tools/call", McpWebSocketClient.toolCall("process_items", items("a", "b", "c"), token));

            Received response = client.awaitResponse(id, TIMEOUT);
            // Nothing of this request may follow its response.
            assertFalse(client.pollMessage(QUIET,
                    m -> m.seq() > response.seq() && (m.isProgressFor(token) || m.isResponseTo(id))).isPresent(),
                    () -> "something of request " + id + " arrived after its response:" + describe(client.received()));

            List<Received> all = client.received();
            List<Received> progress = all.stream().filter(Received::isProgress).collect(Collectors.toList());
            assertEquals(4, progress.size(), () -> "expected 4 progress notifications:" + describe(all));
            for (int i = 0; i < progress.size(); i++) {
                Received notification = progress.get(i);
                JsonNode params = notification.json().path("params");
                assertTrue(notification.isProgressFor(token),
                        () -> "token must be " + JSON.valueToTree(token) + " with its JSON type: " + notification.text());
                assertEquals(token instanceof String, params.path("progressToken").isTextual(), notification::text);
                assertEquals(token instanceof Integer, params.path("progressToken").isIntegralNumber(), notification::text);
                assertEquals(i, params.path("progress").asDouble(), notification::text);
                assertEquals(3, params.path("total").asDouble(), notification::text);
                assertFalse(notification.json().has("id"), () -> "a notification has no id: " + notification.text());
                assertTrue(notification.seq() < response.seq(),
                        () -> "progress after the response:" + describe(all));
            }

            JsonNode result = response.json().path("result");
            assertFalse(result.path("isError").asBoolean(), response::text);
            assertEquals(3, result.path("structuredContent").path("processed").asInt(), response::text);
            assertEquals("[\"A\",\"B\",\"C\"]", result.path("structuredContent").path("results").toString(),
                    response::text);
        }
    }

    @Test
    void tenConcurrentCallsOnOneSocketEachGetTheirOwnOrderedProgress() {
        try (McpWebSocketClient client = McpWebSocketClient.connect(endpoint)) {
            client.initialize();

            // Back to back, without waiting for any answer: call i processes i items with token "ti".
            for (int id = 1; id <= 10; id++) {
                String[] names = new String[id];
                for (int k = 0; k < id; k++) {
                    names[k] = "item" + id + "-" + k;
                }
                client.request(id, "tools/call", McpWebSocketClient.toolCall("process_items", items(names), "t" + id));
            }

            List<Received> responses = new ArrayList<>();
            for (int id = 1; id <= 10; id++) {
                responses.add(client.awaitResponse(id, TIMEOUT));
            }
            // Anything still in flight would show up here.
            client.pollMessage(QUIET, m -> false);

            List<Received> all = client.received();
            for (int id = 1; id <= 10; id++) {
                int n = id;
                String token = "t" + id;
                Received response = responses.get(id - 1);
                JsonNode result = response.json().path("result");
                assertEquals(n, result.path("structuredContent").path("processed").asInt(),
                        () -> "response to " + n + ": " + response.text());

                List<Received> progress = all.stream().filter(m -> m.isProgressFor(token)).collect(Collectors.toList());
                List<Double> values = progress.stream().map(m -> m.json().path("params").path("progress").asDouble())
                        .collect(Collectors.toList());
                List<Double> expected = new ArrayList<>();
                for (int k = 0; k <= n; k++) {
                    expected.add((double) k);
                }
                assertEquals(expected, values, () -> "progress of " + token + ":" + describe(all));
                for (Received notification : progress) {
                    assertEquals(n, notification.json().path("params").path("total").asInt(), notification::text);
                    assertTrue(notification.seq() < response.seq(),
                            () -> "progress of " + token + " arrived after its response (#" + response.seq() + "): "
                                    + notification.text() + describe(all));
                }
                long answers = all.stream().filter(m -> m.isResponseTo(n)).count();
                assertEquals(1, answers, () -> "request " + n + " must be answered exactly once:" + describe(all));
            }
            long progressTotal = all.stream().filter(Received::isProgress).count();
            assertEquals(10 + 55, progressTotal, () -> "every progress notification belongs to one call:" + describe(all));
        }
    }

    static ObjectNode items(String... names) {
        ObjectNode arguments = JSON.createObjectNode();
        ArrayNode items = arguments.putArray("items");
        for (String name : names) {
            items.add(name);
        }
        return arguments;
    }
}
