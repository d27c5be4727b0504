package io.github.quarkmcp.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The signed, bound, expiring {@code requestState} of 2026-07-28 multi round-trip requests. */
class RequestStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RequestState codec = new RequestState(KEY, 60_000, JSON, now::get);

    private ObjectNode params(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void whatIsSealedOpensWithTheAnswersAndTheQuestionsAsked() throws Exception {
        String binding = codec.binding("tools/call", params("{\"name\":\"t\",\"arguments\":{\"a\":1}}"));
        String state = codec.seal(binding, Map.of("name", new RequestState.Answer("d1", JSON.readTree("{\"x\":1}"))),
                Map.of("team", "d2"));

        RequestState.Contents contents = codec.open(state, binding, TextNode.valueOf("1"));
        assertEquals("d1", contents.answers().get("name").questionDigest());
        assertEquals(JSON.readTree("{\"x\":1}"), contents.answers().get("name").response());
        assertEquals(Map.of("team", "d2"), contents.asked());
    }

    @Test
    void theBindingIgnoresKeyOrderAndTheFieldsOfTheRoundTrip() throws Exception {
        String one = codec.binding("tools/call", params("{\"name\":\"t\",\"arguments\":{\"a\":1,\"b\":[1,{\"c\":2,\"d\":3}]}}"));
        String same = codec.binding("tools/call", params("{\"arguments\":{\"b\":[1,{\"d\":3,\"c\":2}],\"a\":1},\"name\":\"t\","
                + "\"_meta\":{\"progressToken\":5},\"inputResponses\":{\"k\":{}},\"requestState\":\"s\"}"));
        assertEquals(one, same);
        assertNotEquals(one, codec.binding("tools/call", params("{\"name\":\"t\",\"arguments\":{\"a\":2,\"b\":[1,{\"c\":2,\"d\":3}]}}")));
        assertNotEquals(one, codec.binding("prompts/get", params("{\"name\":\"t\",\"arguments\":{\"a\":1,\"b\":[1,{\"c\":2,\"d\":3}]}}")));
        assertNotEquals(one, codec.binding("tools/call", params("{\"name\":\"u\",\"arguments\":{\"a\":1,\"b\":[1,{\"c\":2,\"d\":3}]}}")));
    }

    @Test
    void anAlteredStateIsRefused() {
        String binding = "b";
        String state = codec.seal(binding, Map.of(), Map.of("k", "d"));
        int dot = state.indexOf('.');
        for (String altered : new String[] { state + "-TAMPERED", "x" + state.substring(1), state.substring(0, dot),
                state.substring(0, dot) + ".", "", "not-base64!.also-not", new RequestState("another key, just as long as the first"
                        .getBytes(StandardCharsets.UTF_8), 60_000, JSON, now::get).seal(binding, Map.of(), Map.of()) }) {
            JsonRpcException refused = assertThrows(JsonRpcException.class,
                    () -> codec.open(altered, binding, TextNode.valueOf("1")), altered);
            assertEquals(JsonRpc.INVALID_PARAMS, refused.code());
            assertTrue(refused.getMessage().contains("not issued by this server or was altered"), refused.getMessage());
        }
    }

    @Test
    void aStateForAnotherRequestIsRefused() {
        String state = codec.seal("one", Map.of(), Map.of());
        JsonRpcException refused = assertThrows(JsonRpcException.class, () -> codec.open(state, "two", null));
        assertTrue(refused.getMessage().contains("made for another request"), refused.getMessage());
    }

    @Test
    void aStateExpiresAfterItsTtl() {
        String state = codec.seal("b", Map.of(), Map.of());
        now.addAndGet(60_000);
        codec.open(state, "b", null); // the last valid moment
        now.incrementAndGet();
        JsonRpcException refused = assertThrows(JsonRpcException.class, () -> codec.open(state, "b", null));
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    }

    @Test
    void aShortKeyIsRefusedAndNoKeyMakesARandomOne() {
        assertThrows(IllegalArgumentException.class, () -> new RequestState(new byte[31], 1, JSON, now::get));
        RequestState random = new RequestState(null, 60_000, JSON, now::get);
        String state = random.seal("b", Map.of(), Map.of());
        random.open(state, "b", null);
        assertThrows(JsonRpcException.class, () -> new RequestState(null, 60_000, JSON, now::get).open(state, "b", null));
    }
}
