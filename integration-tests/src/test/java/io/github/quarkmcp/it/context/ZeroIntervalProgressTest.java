package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.McpTransport.isProgressFor;
import static io.github.quarkmcp.it.context.Wire.assertNotifications;
import static io.github.quarkmcp.it.context.Wire.assertStrictlyIncreasing;
import static io.github.quarkmcp.it.context.Wire.json;
import static io.github.quarkmcp.it.context.Wire.labelsEventually;
import static io.github.quarkmcp.it.context.Wire.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.EveryReportSent;
import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.github.quarkmcp.it.context.McpTransport.PendingCall;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.mcp.progress.min-interval=0} every accepted report is sent: what the client sees is exactly
 * the sequence the rules produce (increasing values only, stage mapping), with no timing involved.
 */
@QuarkusTest
@TestProfile(EveryReportSent.class)
class ZeroIntervalProgressTest {

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyReportOfATightLoopIsSentInOrder(Kind kind) {
        String token = "every-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("report_flood", Map.of("reports", 200), token);

            assertEquals(200, call.toolResult().path("structuredContent").path("reports").asInt(), call::toString);
            assertNotifications(call.notifications(), "notifications/progress", call);
            List<JsonNode> expected = IntStream.rangeClosed(1, 200)
                    .mapToObj(i -> json("{\"progressToken\":" + token(token) + ",\"progress\":" + i + ",\"total\":200}"))
                    .collect(Collectors.toList());
            assertEquals(expected, call.progress(), call::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void progressThatDoesNotIncreaseIsNotSentEvenWithoutPacing(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("report_values", Map.of("values", List.of(10, 30, 20, 30, 50)), 17);

            assertEquals(List.of(10.0, 30.0, 50.0), call.progressValues(), call::toString);
            call.progress().forEach(params -> {
                assertTrue(params.path("progressToken").isIntegralNumber(), call::toString);
                assertEquals(17, params.path("progressToken").asInt(), call::toString);
                assertEquals(100, params.path("total").asInt(), call::toString);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void exportDataReportsItsFourStagesMappedIntoTheOverallHundred(Kind kind) {
        String token = "export-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("export_data", Map.of("rows", 4), token);

            assertEquals(json("{\"rows\":4,\"status\":\"done\"}"), call.toolResult().path("structuredContent"),
                    call::toString);
            assertNotifications(call.notifications(), "notifications/progress", call);
            String[] steps = { "validating", "exporting", "transforming", "importing" };
            String[] values = { "6.25", "12.5", "18.75", "25", "33.75", "42.5", "51.25", "60", "65", "70", "75", "80",
                    "85", "90", "95", "100" };
            List<JsonNode> expected = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                expected.add(json("{\"progressToken\":" + token(token) + ",\"progress\":" + values[i]
                        + ",\"total\":100,\"message\":\"" + steps[i / 4] + " row " + (i % 4 + 1) + " of 4\"}"));
            }
            assertEquals(expected, call.progress(), call::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nestedStagesMapThroughBothLevels(Kind kind) {
        String token = "nested-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("nested_stages", Map.of(), token);

            assertEquals("nested", call.text(), call::toString);
            // stage(20, 60).stage(50, 100) spans 40..60 overall: its report(1, 2) is 50, its report(2, 2) is 60.
            assertEquals(List.of(
                    json("{\"progressToken\":" + token(token) + ",\"progress\":50,\"total\":100,\"message\":\"inner half\"}"),
                    json("{\"progressToken\":" + token(token) + ",\"progress\":60,\"total\":100,\"message\":\"inner done\"}")),
                    call.progress(), call::toString);
            assertEquals(2, call.notifications().size(), call::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void severalThreadsReportingAtOnceGiveAStrictlyIncreasingWire(Kind kind) {
        String token = "threads0-" + kind;
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool("parallel_reports", Map.of("threads", 4, "perThread", 250), token);

            assertEquals("reported 1000", call.text(), call::toString);
            assertNotifications(call.notifications(), "notifications/progress", call);
            List<Double> values = call.progressValues();
            assertStrictlyIncreasing(values, call);
            assertTrue(values.stream().allMatch(v -> v >= 1 && v <= 1000 && v == Math.rint(v)), call::toString);
            assertEquals(1000.0, values.get(values.size() - 1), call::toString);
            call.progress().forEach(params -> assertEquals(1000, params.path("total").asInt(), call::toString));
        }
    }

    /**
     * With every report sent, a tool reporting in a tight loop always has notifications gathered and not yet written
     * when its cancellation arrives: the call still gets no response, the tool sees the cancellation, and the session
     * (the socket) goes on serving, its next call's reports complete and in order.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallCancelledWhileItsReportsAreBeingGatheredGetsNoResponseAndTheSessionGoesOn(Kind kind)
            throws InterruptedException {
        String label = "batched-" + kind + "-" + UUID.randomUUID();
        String token = "batched-" + label;
        try (McpTransport mcp = kind.open(http, ws)) {
            try (PendingCall flood = mcp.startTool("report_until_cancelled", Map.of("label", label), token)) {
                flood.awaitMessage(message -> isProgressFor(message, token)
                        && message.path("params").path("progress").asDouble() >= 1000, McpTransport.TIMEOUT);

                mcp.cancel(flood, "enough");

                Optional<JsonNode> response = flood.pollResponse(Duration.ofSeconds(1));
                assertTrue(response.isEmpty(),
                        () -> kind + ": a cancelled call must not be answered: " + response.get());
                Set<String> cancelled = labelsEventually(mcp, "cancelled_calls", labels -> labels.contains(label),
                        Duration.ofSeconds(5));
                assertTrue(cancelled.contains(label), () -> "report_until_cancelled did not see its cancellation: "
                        + cancelled);
            }
            mcp.assertAlive();
            Exchange next = mcp.callTool("report_flood", Map.of("reports", 200), "after-" + token);
            assertEquals(200, next.toolResult().path("structuredContent").path("reports").asInt(), next::toString);
            List<Double> expected = IntStream.rangeClosed(1, 200).mapToObj(i -> (double) i)
                    .collect(Collectors.toList());
            assertEquals(expected, next.progressValues(), next::toString);
        }
    }
}
