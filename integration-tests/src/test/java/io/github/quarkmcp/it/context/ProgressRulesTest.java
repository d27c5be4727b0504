package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.Wire.assertNotifications;
import static io.github.quarkmcp.it.context.Wire.assertStrictlyIncreasing;
import static io.github.quarkmcp.it.context.Wire.json;
import static io.github.quarkmcp.it.context.Wire.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The progress rules with the default pacing (at most one notification per 20 ms per call): progress only increases,
 * a flood of reports is coalesced and its final value still arrives before the response, several threads of one
 * call never make the wire go backwards, and nothing of a call arrives after its response.
 */
@QuarkusTest
class ProgressRulesTest {

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void progressThatDoesNotIncreaseIsNotSent(Kind kind) {
        String token = "monotonic-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            // 100 ms between reports, well above the 20 ms pacing, so no report is coalesced away: only the rule
            // "above the last value sent" filters.
            Exchange call = mcp.callTool("report_values",
                    Map.of("values", List.of(10, 30, 20, 30, 50), "total", 100, "pauseMillis", 100), token);

            assertEquals("reported 5 values", call.text(), call::toString);
            assertEquals(List.of(10.0, 30.0, 50.0), call.progressValues(), call::toString);
            assertEquals(List.of(
                    json("{\"progressToken\":" + token(token) + ",\"progress\":10,\"total\":100,\"message\":\"at 10.0\"}"),
                    json("{\"progressToken\":" + token(token) + ",\"progress\":30,\"total\":100,\"message\":\"at 30.0\"}"),
                    json("{\"progressToken\":" + token(token) + ",\"progress\":50,\"total\":100,\"message\":\"at 50.0\"}")),
                    call.progress(), call::toString);
            assertNotifications(call.notifications(), "notifications/progress", call);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMillionReportsAreCoalescedAndTheFinalValueArrivesBeforeTheResponse(Kind kind) {
        String token = "flood-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("report_flood", Map.of("reports", 1_000_000), token);

            JsonNode structured = call.toolResult().path("structuredContent");
            assertEquals(1_000_000, structured.path("reports").asInt(), call::toString);
            assertTrue(structured.path("loopMillis").isNumber(), call::toString);
            double loopMillis = structured.path("loopMillis").asDouble();

            List<Double> values = call.progressValues();
            assertNotifications(call.notifications(), "notifications/progress", call);
            assertFalse(values.isEmpty(), call::toString);
            // A handful: at most one per 20 ms of the loop (plus the first and the final flush). The loop normally
            // takes well under 300 ms, so the bound is 20; only a machine slow enough to stretch the loop beyond that
            // is allowed proportionally more, so the test states the pacing rule rather than this machine's speed.
            int allowed = Math.max(20, (int) (loopMillis / 20) + 3);
            assertTrue(values.size() <= allowed, () -> values.size() + " notifications for a loop of " + loopMillis
                    + " ms; expected at most " + allowed + ": " + values);
            assertStrictlyIncreasing(values, call);
            assertEquals(json("{\"progressToken\":" + token(token) + ",\"progress\":1000000,\"total\":1000000}"),
                    call.progress().get(values.size() - 1), call::toString);
            call.progress().forEach(params -> assertEquals(1_000_000, params.path("total").asInt(), call::toString));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void severalThreadsReportingAtOnceNeverMakeTheWireGoBack(Kind kind) {
        String token = "threads-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("parallel_reports", Map.of("threads", 4, "perThread", 250), token);

            assertEquals("reported 1000", call.text(), call::toString);
            List<Double> values = call.progressValues();
            assertNotifications(call.notifications(), "notifications/progress", call);
            assertStrictlyIncreasing(values, call);
            assertTrue(values.stream().allMatch(v -> v >= 1 && v <= 1000 && v == Math.rint(v)), call::toString);
            assertEquals(1000.0, values.get(values.size() - 1), "the highest value is flushed before the response");
        }
    }

    /**
     * A thread of the tool reports progress and logs for ~300 ms after the tool returned: none of it reaches the
     * client (over HTTP the POST's stream ends with the response and the session's GET stream stays silent; over
     * WebSocket nothing more comes on the socket), and none of those calls throws in the tool.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void nothingOfACallArrivesAfterItsResponseAndLateReportsDoNotThrow(Kind kind) throws InterruptedException {
        String label = "after-" + kind + "-" + UUID.randomUUID();
        String token = "late-" + kind;
        try (McpTransport mcp = kind.open(http, ws); McpTransport observer = kind.open(http, ws)) {
            mcp.requestLogLevel("info"); // 2026-07-28: the request asks for its log messages itself
            Exchange call = mcp.callTool("report_after_return", Map.of("label", label), token);

            // response() asserts the response is the last message: over HTTP, the stream ended with it.
            assertEquals("returned " + label, call.text(), call::toString);
            assertEquals(json("{\"progressToken\":" + token(token) + ",\"progress\":1,\"message\":\"started " + label
                    + "\"}"), call.progress().get(0), call::toString);
            assertTrue(call.logs().contains(json("{\"level\":\"info\",\"data\":\"before return " + label + "\"}")),
                    call::toString);

            // The background thread runs ~350 ms after the tool returned; wait for it to finish, asking on another
            // session so that the watched one carries no other traffic.
            JsonNode outcome = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                outcome = observer.callTool("report_after_return_outcome", Map.of("label", label)).toolResult()
                        .path("structuredContent");
                if (outcome.path("finished").asBoolean()) {
                    break;
                }
                Thread.sleep(50);
            }
            JsonNode finalOutcome = outcome;
            assertTrue(outcome.path("finished").asBoolean(), () -> "the background thread did not finish: " + finalOutcome);
            assertTrue(outcome.path("calls").asInt() >= 9, () -> "the background thread made no calls: " + finalOutcome);
            assertEquals(0, outcome.path("failures").size(),
                    () -> "McpContext calls after the response must not throw: " + finalOutcome);

            // Listen a while longer: nothing of the call may come, on any stream of the session.
            List<JsonNode> stray = mcp.strayMessages(Duration.ofMillis(500));
            assertEquals(List.of(), stray, () -> kind + ": messages after the response of report_after_return: "
                    + stray.stream().map(JsonNode::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
        }
    }
}
