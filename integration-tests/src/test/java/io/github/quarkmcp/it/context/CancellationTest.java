package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.McpTransport.TIMEOUT;
import static io.github.quarkmcp.it.context.McpTransport.isProgressFor;
import static io.github.quarkmcp.it.context.Wire.labels;
import static io.github.quarkmcp.it.context.Wire.labelsEventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.github.quarkmcp.it.context.McpTransport.PendingCall;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Cancellation in both eras: {@code notifications/cancelled}, or in 2026-07-28 over Streamable HTTP the client
 * closing the call's stream. A running call of each kind (blocking, {@code Uni}, {@code CompletionStage}) gets
 * no response and sees its cancellation; an unknown or malformed {@code requestId} changes nothing and is not
 * answered. Over HTTP the cancellation is a POST of its own in the same session (answered 202), and the cancelled
 * call's POST stream delivers no response (it may stay open; the test stops reading after a second).
 */
@QuarkusTest
class CancellationTest {

    /** How long to wait for a response that must not come. */
    private static final Duration NO_RESPONSE = Duration.ofSeconds(1);

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    static Stream<Arguments> runningCalls() {
        List<Arguments> arguments = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            arguments.add(Arguments.of(kind, "wait_for_cancel", "cancelled_calls"));
            arguments.add(Arguments.of(kind, "uni_wait_for_cancel", "async_cancelled_calls"));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runningCalls")
    void aCancelledCallGetsNoResponseAndSeesItsCancellation(Kind kind, String tool, String cancelledList)
            throws InterruptedException {
        cancelRunningCall(kind, tool, cancelledList, true);
    }

    /** The part of cancelling a {@code CompletionStage} tool that works: no response, and the session goes on. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCancelledCompletionStageCallGetsNoResponse(Kind kind) throws InterruptedException {
        cancelRunningCall(kind, "stage_wait_for_cancel", "async_cancelled_calls", false);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCancelledCompletionStageCallSeesItsCancellation(Kind kind) throws InterruptedException {
        cancelRunningCall(kind, "stage_wait_for_cancel", "async_cancelled_calls", true);
    }

    /**
     * Starts {@code tool} with a progress token, waits until it reports (it runs), cancels it, then asserts: no
     * response within a second, the session still answers a ping, nothing else was sent, and (if
     * {@code expectSeen}) the tool's cancellation list names the call.
     */
    private void cancelRunningCall(Kind kind, String tool, String cancelledList, boolean expectSeen)
            throws InterruptedException {
        String label = tool + "-" + kind + "-" + UUID.randomUUID();
        String token = "cancel-" + label;
        try (McpTransport mcp = kind.open(http, ws); PendingCall call = mcp.startTool(tool, Map.of("label", label), token)) {
            call.awaitMessage(message -> isProgressFor(message, token), TIMEOUT); // it runs
            assertFalse(labels(mcp, cancelledList).contains(label), "not cancelled yet");

            mcp.cancel(call, "the user gave up");

            Optional<JsonNode> response = call.pollResponse(NO_RESPONSE);
            assertTrue(response.isEmpty(), () -> kind + ": a cancelled call must not be answered: " + response.get());
            mcp.assertAlive();
            if (expectSeen) {
                Set<String> cancelled = labelsEventually(mcp, cancelledList, labels -> labels.contains(label),
                        Duration.ofSeconds(5));
                assertTrue(cancelled.contains(label), () -> tool + " did not see its cancellation: " + cancelled);
            }
            assertEquals(List.of(), mcp.strayMessages(Duration.ofMillis(200)), "nothing else was sent");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cancellingAnUnknownOrMalformedRequestIdChangesNothing(Kind kind) throws InterruptedException {
        String label = "bogus-" + kind + "-" + UUID.randomUUID();
        String token = "bogus-" + kind;
        try (McpTransport mcp = kind.open(http, ws);
                PendingCall call = mcp.startTool("wait_for_cancel", Map.of("label", label), token)) {
            JsonNode first = call.awaitMessage(message -> isProgressFor(message, token), TIMEOUT);
            double seen = first.path("params").path("progress").asDouble();

            for (Object params : bogusCancellations(call.id())) {
                mcp.notify("notifications/cancelled", params);
            }

            // Nothing answered them, nothing broke: a ping gets exactly its pong, and nothing else came.
            mcp.assertAlive();
            assertEquals(List.of(), mcp.strayMessages(Duration.ofMillis(300)), "no error may answer a notification");
            // The running call was not cancelled: it did not see a cancellation and still reports progress.
            assertFalse(labels(mcp, "cancelled_calls").contains(label), "an unknown id cancelled a running call");
            JsonNode later = call.awaitMessage(message -> isProgressFor(message, token)
                    && message.path("params").path("progress").asDouble() >= seen + 20, TIMEOUT);
            assertTrue(later.path("params").path("progress").asDouble() > seen);

            // The right id still cancels it (2026-07-28 over HTTP: closing its stream does).
            mcp.cancel(call, "now for real");
            Optional<JsonNode> response = call.pollResponse(NO_RESPONSE);
            assertTrue(response.isEmpty(), () -> kind + ": a cancelled call must not be answered: " + response.get());
            Set<String> cancelled = labelsEventually(mcp, "cancelled_calls", labels -> labels.contains(label),
                    Duration.ofSeconds(5));
            assertTrue(cancelled.contains(label), () -> "wait_for_cancel did not see its cancellation: " + cancelled);
            mcp.assertAlive();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cancellingWithNothingRunningChangesNothing(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            for (Object params : bogusCancellations(1L)) {
                mcp.notify("notifications/cancelled", params);
            }
            mcp.assertAlive();
            assertEquals("Hello, Ada!", mcp.callTool("greet", Map.of("name", "Ada")).text());
            assertEquals(List.of(), mcp.strayMessages(Duration.ofMillis(300)), "no error may answer a notification");
        }
    }

    /** Cancellations that must be ignored while request {@code runningId} runs. */
    private static List<Object> bogusCancellations(Object runningId) {
        List<Object> all = new ArrayList<>();
        all.add(Map.of("requestId", 987_654_321, "reason", "an id that was never used"));
        all.add(Map.of("requestId", "no-such-request"));
        all.add(Map.of("requestId", String.valueOf(runningId))); // "1001" is not 1001: ids keep their JSON type
        all.add(Map.of("requestId", Map.of("id", runningId)));
        all.add(Map.of("requestId", List.of(runningId)));
        all.add(Map.of("requestId", true));
        all.add(Map.of("requestId", 1.5));
        Map<String, Object> nullId = new LinkedHashMap<>();
        nullId.put("requestId", null);
        all.add(nullId);
        all.add(Map.of("reason", "no requestId at all"));
        all.add(McpTransport.JSON.createObjectNode()); // empty params
        all.add(null); // no params at all
        return all;
    }
}
