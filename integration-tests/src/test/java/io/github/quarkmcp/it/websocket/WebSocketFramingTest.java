package io.github.quarkmcp.it.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.EveryReportSent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every message the server sends is one final, unmasked text frame whose length field is the shortest RFC 6455
 * allows (7 bits up to 125 bytes, 16 bits up to 65,535, 64 bits beyond) and whose payload is the message's UTF-8,
 * read off the wire byte by byte: on both sides of each boundary, in ASCII and in characters of two and four bytes;
 * and the many small frames of a burst, and a large message right after them, keep their order. Every report is
 * sent ({@code min-interval=0}), so a tight loop of reports on the event loop is a burst of frames.
 */
@QuarkusTest
@TestProfile(EveryReportSent.class)
class WebSocketFramingTest {

    private static final String ONE_BYTE = "x";
    private static final String TWO_BYTES = "é";
    private static final String FOUR_BYTES = "\uD83D\uDE00"; // one character outside the BMP: a surrogate pair

    @TestHTTPResource("/mcp/ws")
    URI endpoint;

    @Test
    void eachResponseIsOneTextFrameWithTheShortestLengthFieldOnBothSidesOfEachBoundary() throws IOException {
        try (RawFrameClient client = RawFrameClient.connect(endpoint)) {
            initialize(client);

            // How long a greeting's response is without a name, and how many bytes each byte of the name adds
            // (the name is in the text once, or more often if the result repeats it).
            int empty = greet(client, 10, "").payload().length;
            int perByte = greet(client, 11, ONE_BYTE).payload().length - empty;
            assertTrue(perByte >= 1, "the name is in the response");

            int id = 20;
            for (int target : new int[] { 125, 126, 127, 65_535, 65_536, 100_000 }) {
                for (String unit : new String[] { ONE_BYTE, TWO_BYTES, FOUR_BYTES }) {
                    String name = nameOfBytes((target - empty) / perByte, unit);
                    int expected = empty + perByte * name.getBytes(StandardCharsets.UTF_8).length;
                    RawFrameClient.Frame frame = greet(client, id++, name);
                    assertEquals(expected, frame.payload().length, "payload length (target " + target + ")");
                    assertTrue(frame.fin() && frame.opcode() == RawFrameClient.TEXT,
                            () -> "one final text frame per message: " + frame);
                    int length = frame.payload().length;
                    assertEquals(length < 126 ? 0 : length <= 65_535 ? 2 : 8, frame.lengthFieldBytes(),
                            "length field of a " + length + "-byte frame");
                    assertEquals("Hello, " + name + "!", message(frame).path("result").path("content").path(0)
                            .path("text").asText(), "the text of a " + length + "-byte frame");
                }
            }
        }
    }

    @Test
    void theFramesOfABurstAndALargeResponseAfterThemArriveWholeAndInOrder() throws IOException {
        try (RawFrameClient client = RawFrameClient.connect(endpoint)) {
            initialize(client);

            // 3,000 reports in a tight loop on the event loop, each written at once: far more frames in one turn
            // than one buffer of gathered frames holds. (From a worker the same loop can outrun the event loop, and
            // zero-interval reports beyond those queued are coalesced: then fewer frames come, by design.)
            List<JsonNode> burst = callAndReadUntilResponse(client, 30, "report_on_loop_then_return",
                    "{\"text\":\"done\",\"count\":3000}");
            assertProgressThenResponse(burst, 30, 3_000);
            assertTrue(burst.size() > 600, () -> "frames of the burst: " + burst.size()); // over 64 KiB of them

            // Progress in small frames, then a response of more than 64 KiB (split by Vert.x's limit, not ours), all
            // written in one turn of the event loop: the tool reports and returns on it.
            String text = "a".repeat(100_000);
            List<JsonNode> large = callAndReadUntilResponse(client, 31, "report_on_loop_then_return",
                    "{\"text\":\"" + text + "\",\"count\":50}");
            assertProgressThenResponse(large, 31, 50);
            assertEquals(text, large.get(large.size() - 1).path("result").path("content").path(0).path("text")
                    .asText(), "the large response arrives whole");
        }
    }

    private static void initialize(RawFrameClient client) throws IOException {
        JsonNode initialized = message(client.nextFrameAfter(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}"));
        assertTrue(initialized.path("result").isObject(), initialized::toString);
        client.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    /** Calls {@code tool} with a progress token and returns every message up to its response, each a whole frame. */
    private static List<JsonNode> callAndReadUntilResponse(RawFrameClient client, int id, String tool,
            String arguments) throws IOException {
        client.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool + "\",\"arguments\":" + arguments + ",\"_meta\":{\"progressToken\":" + id + "}}}");
        List<JsonNode> messages = new ArrayList<>();
        for (;;) {
            RawFrameClient.Frame frame = client.nextFrame();
            assertTrue(frame.fin() && frame.opcode() == RawFrameClient.TEXT,
                    () -> "one final text frame per message, frame " + messages.size() + ": " + frame);
            JsonNode message = message(frame); // fails unless the frame holds exactly one JSON document
            messages.add(message);
            if (message.has("id")) {
                assertEquals(id, message.path("id").asInt(), message::toString);
                return messages;
            }
        }
    }

    /** Progress notifications, strictly increasing and ending at {@code last}, then one successful response. */
    private static void assertProgressThenResponse(List<JsonNode> messages, int id, double last) {
        JsonNode response = messages.get(messages.size() - 1);
        assertTrue(response.path("result").isObject() && !response.path("result").path("isError").asBoolean(),
                response::toString);
        List<JsonNode> notifications = messages.subList(0, messages.size() - 1);
        assertTrue(notifications.size() > 1, () -> "progress before the response: " + notifications.size());
        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode notification : notifications) {
            assertEquals("notifications/progress", notification.path("method").asText(), notification::toString);
            assertEquals(id, notification.path("params").path("progressToken").asInt(), notification::toString);
            double progress = notification.path("params").path("progress").asDouble();
            assertTrue(progress > previous, () -> "progress increases: " + notification);
            previous = progress;
        }
        assertEquals(last, previous, "the last progress, before the response");
    }

    private static RawFrameClient.Frame greet(RawFrameClient client, int id, String name) throws IOException {
        RawFrameClient.Frame frame = client.nextFrameAfter("{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name
                + "\"}}}");
        assertEquals(id, message(frame).path("id").asInt(), () -> "the response to " + id + ": " + frame.text());
        return frame;
    }

    /** A name of exactly {@code bytes} UTF-8 bytes: as many {@code unit}s as fit, then single-byte letters. */
    private static String nameOfBytes(int bytes, String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(bytes / unitBytes) + ONE_BYTE.repeat(bytes % unitBytes);
    }

    private static JsonNode message(RawFrameClient.Frame frame) {
        return McpWebSocketClient.parse(frame.text());
    }
}
