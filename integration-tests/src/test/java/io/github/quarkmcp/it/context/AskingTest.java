package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.Wire.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.github.quarkmcp.it.context.McpTransport.PendingCall;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Asking the client from a tool ({@code McpContext.elicit}, {@code sample}, {@code roots}), in both eras, over
 * Streamable HTTP and WebSocket. In 2025 the question is a request of the server's on the call's stream, answered
 * by the client while the call waits; in 2026-07-28 the call ends with an {@code InputRequiredResult} and the client
 * retries it with the answers. The same tools serve both; {@link #call} plays the client of either era.
 * <p>
 * Every progress report is sent here ({@code min-interval=0}), so the progress around a question is exact; 2025
 * questions time out after 2 s and 2026 request states expire after 5 s, so that both limits can be hit.
 */
@QuarkusTest
@TestProfile(AskingTest.ShortLimits.class)
class AskingTest {

    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.progress.min-interval", "0", "quarkus.mcp.client-requests.timeout", "2S",
                    "quarkus.mcp.request-state.ttl", "5S");
        }
    }

    /** A client that can be asked everything. */
    static final Map<String, Object> ALL = Map.of("elicitation", Map.of("form", Map.of(), "url", Map.of()),
            "sampling", Map.of(), "roots", Map.of());

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    /** What a client saw of a call that asked it: each question (method and params), each round, the result. */
    record Asked(List<JsonNode> questions, List<List<JsonNode>> rounds, JsonNode response) {

        /** The progress values of round {@code i}, in order. */
        List<Double> progress(int i) {
            List<Double> values = new ArrayList<>();
            for (JsonNode message : rounds.get(i)) {
                if ("notifications/progress".equals(message.path("method").asText())) {
                    values.add(message.path("params").path("progress").asDouble());
                }
            }
            return values;
        }

        JsonNode result() {
            assertTrue(response.has("result"), () -> "expected a result: " + this);
            return response.get("result");
        }
    }

    /**
     * Calls {@code tool} as a client of {@code mcp}'s era, answering each question with what {@code answerer} makes of
     * it (a node with {@code method} and {@code params}). 2025: one call, whose stream carries the questions; the
     * rounds are the messages before each question and those after the last. 2026-07-28: one request per round, with
     * a fresh progress token each, the answers in {@code inputResponses} and the state echoed.
     */
    static Asked call(McpTransport mcp, String tool, Map<String, ?> arguments, String token,
            Function<JsonNode, Object> answerer) {
        List<JsonNode> questions = new ArrayList<>();
        List<List<JsonNode>> rounds = new ArrayList<>();
        if (!mcp.kind().modern()) {
            try (PendingCall call = mcp.startTool(tool, arguments, token)) {
                List<JsonNode> round = new ArrayList<>();
                while (true) {
                    JsonNode message = call.awaitMessage(m -> true, McpTransport.TIMEOUT);
                    if (McpTransport.isResponse(message)) {
                        rounds.add(round);
                        return new Asked(questions, rounds, message);
                    }
                    if (McpTransport.isServerRequest(message)) {
                        questions.add(message);
                        rounds.add(round);
                        round = new ArrayList<>();
                        mcp.answer(message, answerer.apply(message));
                    } else {
                        round.add(message);
                    }
                }
            }
        }
        Map<String, Object> responses = null;
        String state = null;
        for (int round = 1; round <= 5; round++) {
            Map<String, Object> params = McpTransport.toolCallParams(tool, arguments, token + "-" + round);
            if (responses != null) {
                params.put("inputResponses", responses);
            }
            if (state != null) {
                params.put("requestState", state);
            }
            Exchange exchange = mcp.request("tools/call", params);
            JsonNode response = exchange.response();
            rounds.add(exchange.notifications());
            JsonNode result = response.path("result");
            if (!"input_required".equals(result.path("resultType").asText())) {
                return new Asked(questions, rounds, response);
            }
            assertEquals("quarkus-mcp-demo",
                    result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText(),
                    () -> "serverInfo: " + response);
            assertTrue(result.path("requestState").isTextual(), () -> "requestState: " + response);
            assertNotEquals(state, result.path("requestState").asText(), () -> "a new state each round: " + response);
            responses = new LinkedHashMap<>();
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) result.path("inputRequests")::fields) {
                questions.add(entry.getValue());
                responses.put(entry.getKey(), answerer.apply(entry.getValue()));
            }
            assertTrue(!responses.isEmpty(), () -> "an input_required result asks something: " + response);
            state = result.get("requestState").asText();
        }
        throw new AssertionError(tool + " asked more than 5 rounds: " + questions);
    }

    static Map<String, Object> accept(Map<String, ?> content) {
        return Map.of("action", "accept", "content", content);
    }

    private McpTransport open(Kind kind, Map<String, ?> capabilities) {
        return kind.open(http, ws, capabilities);
    }

    // --- elicitation ---

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFormQuestionComesBetweenTheProgressBeforeAndAfterIt(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "import_rows", Map.of("file", "data.csv", "rows", 3, "invalid", 1), "import-" + kind,
                    question -> accept(Map.of("skip", true)));

            assertEquals(1, asked.questions().size(), asked::toString);
            JsonNode question = asked.questions().get(0);
            assertEquals("elicitation/create", question.path("method").asText(), asked::toString);
            assertEquals("form", question.path("params").path("mode").asText(), asked::toString);
            assertEquals("1 rows of data.csv are invalid. Skip them?", question.path("params").path("message").asText());
            assertEquals(json("{\"type\":\"object\",\"properties\":{\"skip\":{\"type\":\"boolean\","
                    + "\"description\":\"Skip the invalid rows and import the rest?\"}},\"required\":[\"skip\"]}"),
                    question.path("params").path("requestedSchema"), asked::toString);
            // Validation is 0-30 and writing 30-100: all of it before the question reaches the client before it.
            assertEquals(List.of(10.0, 20.0, 30.0), asked.progress(0), asked::toString);
            if (kind.modern()) { // the retry runs the tool again, from the start, with its own token
                assertEquals(List.of(10.0, 20.0, 30.0, 65.0, 100.0), asked.progress(1), asked::toString);
            } else {
                assertEquals(List.of(65.0, 100.0), asked.progress(1), asked::toString);
            }
            assertEquals(json("{\"imported\":2,\"skipped\":1,\"outcome\":\"imported\"}"),
                    asked.result().path("structuredContent"), asked::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeclinedOrCancelledQuestionReachesTheTool(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            for (String action : List.of("decline", "cancel")) {
                Asked asked = call(mcp, "import_rows", Map.of("file", "data.csv", "rows", 3, "invalid", 2),
                        action + "-" + kind, question -> Map.of("action", action));
                assertEquals("stopped: " + action, asked.result().path("structuredContent").path("outcome").asText(),
                        asked::toString);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoQuestionsOneAfterTheOther(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "onboard", Map.of(), "onboard-" + kind, question -> {
                String message = question.path("params").path("message").asText();
                return message.startsWith("Welcome, Ada.") ? accept(Map.of("team", "Compilers"))
                        : accept(Map.of("name", "Ada"));
            });
            assertEquals(2, asked.questions().size(), asked::toString);
            assertEquals("What is your name?", asked.questions().get(0).path("params").path("message").asText());
            assertEquals("Welcome, Ada. Which team do you join?",
                    asked.questions().get(1).path("params").path("message").asText());
            assertEquals("Ada joins Compilers", asked.result().path("content").path(0).path("text").asText(),
                    asked::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aUrlQuestionNeedsTheUrlCapability(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "open_dashboard", Map.of(), "url-" + kind, question -> Map.of("action", "accept"));
            JsonNode params = asked.questions().get(0).path("params");
            assertEquals("url", params.path("mode").asText(), asked::toString);
            assertEquals("https://dashboard.example.com/login", params.path("url").asText(), asked::toString);
            // 2025-11-25 names each URL elicitation; 2026-07-28 has no such id.
            assertEquals(!kind.modern(), params.path("elicitationId").isTextual(), asked::toString);
            assertEquals("the user answered: accept", asked.result().path("content").path(0).path("text").asText());
        }
        try (McpTransport formOnly = open(kind, Map.of("elicitation", Map.of()))) {
            assertMissingCapability(formOnly, "open_dashboard", Map.of(), "elicitation", "url");
        }
    }

    // --- sampling and roots ---

    @ParameterizedTest
    @EnumSource(Kind.class)
    void samplingRoundTrip(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "summarise", Map.of("text", "a long story"), "sample-" + kind,
                    question -> Map.of("role", "assistant", "content", Map.of("type", "text", "text", "A story."),
                            "model", "test-model", "stopReason", "endTurn"));
            JsonNode question = asked.questions().get(0);
            assertEquals("sampling/createMessage", question.path("method").asText(), asked::toString);
            assertEquals(json("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":"
                    + "\"Summarise in one line: a long story\"}}],\"systemPrompt\":\"You write one-line summaries.\","
                    + "\"maxTokens\":60}"), question.path("params"), asked::toString);
            assertEquals("A story.", asked.result().path("content").path(0).path("text").asText(), asked::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rootsRoundTrip(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "list_roots", Map.of(), "roots-" + kind, question -> Map.of("roots",
                    List.of(Map.of("uri", "file:///work", "name", "Work"), Map.of("uri", "file:///tmp"))));
            assertEquals("roots/list", asked.questions().get(0).path("method").asText(), asked::toString);
            assertEquals(json("[{\"uri\":\"file:///work\",\"name\":\"Work\"},{\"uri\":\"file:///tmp\",\"name\":null}]"),
                    json(asked.result().path("content").path(0).path("text").asText()), asked::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClientWithoutTheCapabilityIsNeverAsked(Kind kind) {
        try (McpTransport mcp = open(kind, Map.of())) {
            assertMissingCapability(mcp, "import_rows", Map.of("file", "data.csv", "rows", 3, "invalid", 1),
                    "elicitation", null);
            assertMissingCapability(mcp, "summarise", Map.of("text", "x"), "sampling", null);
            assertMissingCapability(mcp, "list_roots", Map.of(), "roots", null);
            assertTrue(mcp.strayMessages(Duration.ofMillis(200)).isEmpty(), "nothing was asked");
        }
    }

    /**
     * 2026-07-28: {@code MissingRequiredClientCapabilityError} naming the capability (and the mode, for URL
     * elicitation); 2025: the tool's error result naming it.
     */
    private static void assertMissingCapability(McpTransport mcp, String tool, Map<String, ?> arguments,
            String capability, String mode) {
        Exchange exchange = mcp.callTool(tool, arguments);
        if (mcp.kind().modern()) {
            JsonNode error = exchange.error();
            assertEquals(-32021, error.path("code").asInt(), exchange::toString);
            JsonNode required = error.path("data").path("requiredCapabilities").path(capability);
            assertTrue(required.isObject() && (mode == null || required.has(mode)), exchange::toString);
        } else {
            JsonNode result = exchange.result();
            assertEquals(true, result.path("isError").asBoolean(), exchange::toString);
            String text = result.path("content").path(0).path("text").asText();
            assertTrue(text.contains(mode == null ? capability : capability + "." + mode), text);
        }
        assertTrue(exchange.notifications().stream().noneMatch(McpTransport::isServerRequest), exchange::toString);
    }

    // --- 2025: waiting for the answer ---

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP", "WEBSOCKET" })
    void aQuestionNobodyAnswersTimesOut(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            String label = "unanswered-" + kind;
            Exchange exchange = mcp.callTool("ask_name", Map.of("label", label));
            assertTrue(McpTransport.isServerRequest(exchange.messages().get(0)), exchange::toString);
            JsonNode result = exchange.result();
            assertEquals(true, result.path("isError").asBoolean(), exchange::toString);
            assertEquals("The client did not answer elicitation/create within PT2S (quarkus.mcp.client-requests.timeout)",
                    result.path("content").path(0).path("text").asText(), exchange::toString);
            assertEquals("failed: The client did not answer elicitation/create within PT2S "
                    + "(quarkus.mcp.client-requests.timeout)", outcome(mcp, label));
            mcp.assertAlive();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP", "WEBSOCKET" })
    void cancellingACallEndsItsWaitAndALateAnswerIsIgnored(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            String label = "cancelled-" + kind;
            PendingCall call = mcp.startTool("ask_name", Map.of("label", label), null);
            JsonNode question = call.awaitMessage(McpTransport::isServerRequest, McpTransport.TIMEOUT);
            mcp.cancel(call, "the user gave up");
            long deadline = System.nanoTime() + McpTransport.TIMEOUT.toNanos();
            while (!"cancelled".equals(outcome(mcp, label)) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals("cancelled", outcome(mcp, label), "the tool's wait ended with the cancellation");
            mcp.answer(question, accept(Map.of("name", "too late")));
            assertTrue(call.pollResponse(Duration.ofMillis(500)).isEmpty(), "a cancelled call gets no response");
            call.close();
            mcp.assertAlive();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP", "WEBSOCKET" })
    void anAnswerToNothingIsIgnored(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            mcp.answer(json("{\"jsonrpc\":\"2.0\",\"id\":987654,\"method\":\"elicitation/create\"}"),
                    accept(Map.of("name", "nobody asked")));
            mcp.answer(json("{\"jsonrpc\":\"2.0\",\"id\":\"made-up\",\"method\":\"roots/list\"}"),
                    new McpTransport.ErrorAnswer(-32603, "no roots"));
            mcp.assertAlive();
            assertTrue(mcp.strayMessages(Duration.ofMillis(200)).isEmpty(), "nothing is sent back");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP", "WEBSOCKET" })
    void aClientErrorAnswerFailsTheQuestion(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Asked asked = call(mcp, "summarise", Map.of("text", "x"), "error-" + kind,
                    question -> new McpTransport.ErrorAnswer(-1, "User rejected sampling request"));
            assertEquals(true, asked.result().path("isError").asBoolean(), asked::toString);
            assertEquals("The client answered sampling/createMessage with an error: User rejected sampling request (-1)",
                    asked.result().path("content").path(0).path("text").asText(), asked::toString);
        }
    }

    private static String outcome(McpTransport mcp, String label) {
        return mcp.callTool("question_outcomes", Map.of()).toolResult().path("structuredContent").path(label)
                .asText(null);
    }

    // --- 2026-07-28: the request state ---

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP_2026", "WEBSOCKET_2026" })
    void aStateThatIsNotExactlyOursIsRefused(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            Map<String, Object> arguments = Map.of("file", "data.csv", "rows", 3, "invalid", 1);
            JsonNode first = mcp.callTool("import_rows", arguments).response().path("result");
            String state = first.path("requestState").asText();
            Map<String, Object> answer = Map.of("choice", accept(Map.of("skip", true)));

            assertRefused(mcp, "import_rows", arguments, answer, state + "-TAMPERED",
                    "not issued by this server or was altered");
            // One character of the signed part changed.
            assertRefused(mcp, "import_rows", arguments, answer, (state.charAt(0) == 'e' ? 'f' : 'e') + state.substring(1),
                    "not issued by this server or was altered");
            assertRefused(mcp, "import_rows", Map.of("file", "other.csv", "rows", 3, "invalid", 1), answer, state,
                    "made for another request");
            assertRefused(mcp, "ask_name", Map.of("label", "x"), Map.of("name", accept(Map.of("name", "Eve"))), state,
                    "made for another request");
            // The genuine state still works.
            JsonNode done = retry(mcp, "import_rows", arguments, answer, state).response().path("result");
            assertEquals("imported", done.path("structuredContent").path("outcome").asText(), done::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP_2026" })
    void anExpiredStateIsRefused(Kind kind) throws InterruptedException {
        try (McpTransport mcp = open(kind, ALL)) {
            Map<String, Object> arguments = Map.of("file", "data.csv", "rows", 3, "invalid", 1);
            String state = mcp.callTool("import_rows", arguments).response().path("result").path("requestState").asText();
            Thread.sleep(5500);
            assertRefused(mcp, "import_rows", arguments, Map.of("choice", accept(Map.of("skip", true))), state,
                    "expired");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "HTTP_2026", "WEBSOCKET_2026" })
    void aMissingAnswerIsAskedAgainAndAWrongOneRefused(Kind kind) {
        try (McpTransport mcp = open(kind, ALL)) {
            JsonNode first = mcp.callTool("onboard", Map.of()).response().path("result");
            String state = first.path("requestState").asText();
            // Retried without the answer: asked again, under the same key.
            JsonNode again = retry(mcp, "onboard", Map.of(), Map.of("unrelated", accept(Map.of())), state).response()
                    .path("result");
            assertEquals("input_required", again.path("resultType").asText(), again::toString);
            assertEquals(first.path("inputRequests"), again.path("inputRequests"), again::toString);
            // An answer of the wrong shape is the client's error.
            JsonNode wrong = retry(mcp, "onboard", Map.of(), Map.of("name", 12345), state).error();
            assertEquals(-32602, wrong.path("code").asInt(), wrong::toString);
            assertTrue(wrong.path("message").asText().startsWith("Invalid params: inputResponses.name is not an "
                    + "ElicitResult"), wrong::toString);
        }
    }

    private static Exchange retry(McpTransport mcp, String tool, Map<String, ?> arguments, Map<String, ?> responses,
            String state) {
        Map<String, Object> params = McpTransport.toolCallParams(tool, arguments, null);
        params.put("inputResponses", responses);
        params.put("requestState", state);
        return mcp.request("tools/call", params);
    }

    private static void assertRefused(McpTransport mcp, String tool, Map<String, ?> arguments,
            Map<String, ?> responses, String state, String why) {
        Exchange exchange = retry(mcp, tool, arguments, responses, state);
        JsonNode error = exchange.error();
        assertEquals(-32602, error.path("code").asInt(), exchange::toString);
        String message = error.path("message").asText();
        assertTrue(message.startsWith("Invalid params: \"requestState\" is refused: ") && message.contains(why),
                exchange::toString);
        assertTrue(exchange.notifications().isEmpty(), "no user code ran: " + exchange);
    }

}
