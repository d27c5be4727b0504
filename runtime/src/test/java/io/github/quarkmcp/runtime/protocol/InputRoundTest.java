package io.github.quarkmcp.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One run of a request that asks its client: keys, answers from the state and from the retry, what is asked again. */
class InputRoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RequestState codec = new RequestState("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            60_000, JSON, System::currentTimeMillis);

    private static ClientQuestion question(String key, String message) {
        return new ClientQuestion("elicitation/create", "{\"message\":\"" + message + "\"}", key, "elicitation.form");
    }

    private JsonNode stateFields(InputRound round) throws Exception {
        return JSON.readTree("{" + round.inputRequiredFields() + "}");
    }

    private ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void questionsOfAKindAreNumberedFromTheSecondOn() {
        InputRound round = new InputRound(codec, () -> "b", null, null);
        assertEquals("name", round.keyed(question("name", "a")).key());
        assertEquals("name_2", round.keyed(question("name", "b")).key());
        assertEquals("sampling", round.keyed(question("sampling", "c")).key());
        assertEquals("name_3", round.keyed(question("name", "d")).key());
    }

    @Test
    void anAnswerTravelsInTheStateToTheNextRounds() throws Exception {
        // Round 1: nothing answered.
        InputRound first = new InputRound(codec, () -> "b", null, null);
        assertNull(first.answer(first.keyed(question("name", "Name?"))));
        assertTrue(first.awaitsInput());
        JsonNode asked = stateFields(first);
        assertEquals("elicitation/create", asked.path("inputRequests").path("name").path("method").asText());

        // Round 2: the answer comes in inputResponses; the next question is asked, the answer goes into the state.
        InputRound second = new InputRound(codec, () -> "b", codec.open(asked.path("requestState").asText(), "b", null),
                json("{\"name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}"));
        assertEquals("Ada", second.answer(second.keyed(question("name", "Name?"))).path("content").path("name").asText());
        assertNull(second.answer(second.keyed(question("team", "Team?"))));
        JsonNode next = stateFields(second);
        assertEquals(1, next.path("inputRequests").size());
        assertTrue(next.path("inputRequests").has("team"));

        // Round 3: only the new answer is sent; the first comes from the state.
        InputRound third = new InputRound(codec, () -> "b", codec.open(next.path("requestState").asText(), "b", null),
                json("{\"team\":{\"action\":\"accept\",\"content\":{\"team\":\"Compilers\"}}}"));
        assertEquals("Ada", third.answer(third.keyed(question("name", "Name?"))).path("content").path("name").asText());
        assertEquals("Compilers", third.answer(third.keyed(question("team", "Team?"))).path("content").path("team").asText());
        assertFalse(third.awaitsInput());
    }

    @Test
    void anAnswerIsOnlyUsedForTheQuestionItWasGivenTo() throws Exception {
        InputRound first = new InputRound(codec, () -> "b", null, null);
        first.answer(first.keyed(question("name", "Name?")));
        String state = stateFields(first).path("requestState").asText();

        // The tool now asks something else under the same key: the answer to the old question does not count.
        InputRound second = new InputRound(codec, () -> "b", codec.open(state, "b", null),
                json("{\"name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}"));
        assertNull(second.answer(second.keyed(question("name", "Full legal name?"))));
        assertTrue(second.awaitsInput());
    }

    @Test
    void noResponsesAndNullResponsesAreNoAnswers() throws Exception {
        InputRound round = new InputRound(codec, () -> "b", null, json("{\"name\":null,\"other\":{\"action\":\"accept\"}}"));
        assertNull(round.answer(round.keyed(question("name", "Name?"))));
        assertTrue(round.awaitsInput());
    }
}
