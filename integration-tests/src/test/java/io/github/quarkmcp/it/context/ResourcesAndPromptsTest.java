package io.github.quarkmcp.it.context;

import static io.github.quarkmcp.it.context.McpTransport.isProgressFor;
import static io.github.quarkmcp.it.context.McpTransport.TIMEOUT;
import static io.github.quarkmcp.it.context.Wire.json;
import static io.github.quarkmcp.it.context.Wire.labels;
import static io.github.quarkmcp.it.context.Wire.labelsEventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.github.quarkmcp.it.context.McpTransport.PendingCall;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Resources, templates, prompts and completions of the demo ({@code ExportResources}) on every transport and in both
 * eras: lists, reads of each kind, the unknown-resource error of each era, prompts with arguments, completion
 * limits, progress during a slow read and a prompt (exact values, nothing after the response), cancellation of a
 * slow read, and 2025 resource subscriptions.
 */
@QuarkusTest
class ResourcesAndPromptsTest {

    static final String LATEST = "file:///reports/latest.csv";

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listsNameEveryResourceTemplateAndPrompt(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            JsonNode resources = mcp.request("resources/list", Map.of()).result();
            assertTrue(resources.path("resources").toString().contains("{\"uri\":\"" + LATEST + "\",\"name\":"
                    + "\"latest-report\",\"description\":\"The latest export\",\"mimeType\":\"text/csv\"}"),
                    resources::toString);
            List<String> templates = new ArrayList<>();
            mcp.request("resources/templates/list", Map.of()).result().path("resourceTemplates")
                    .forEach(template -> templates.add(template.path("uriTemplate").asText()));
            assertEquals(List.of("exports://{year}/{month}", "slow://{steps}", "wait://{label}"), templates);
            JsonNode prompts = mcp.request("prompts/list", Map.of()).result().path("prompts");
            assertEquals(json("[{\"name\":\"summarise\",\"description\":\"Summarise an export for a manager\","
                    + "\"arguments\":[{\"name\":\"id\",\"description\":\"export id\",\"required\":true},"
                    + "{\"name\":\"audience\",\"description\":\"who reads it\",\"required\":false}]}]"), prompts);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsTextAndTemplatesWithTheirVariables(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            JsonNode latest = mcp.request("resources/read", Map.of("uri", LATEST)).result();
            assertEquals(LATEST, latest.path("contents").path(0).path("uri").asText());
            assertEquals("text/csv", latest.path("contents").path(0).path("mimeType").asText());
            assertTrue(latest.path("contents").path(0).path("text").asText().startsWith("id,rows\n"), latest::toString);

            JsonNode export = mcp.request("resources/read", Map.of("uri", "exports://2026/07")).result();
            assertEquals(json("{\"contents\":[{\"uri\":\"exports://2026/07\",\"mimeType\":\"application/json\","
                    + "\"text\":\"{\\\"year\\\":2026,\\\"month\\\":\\\"07\\\",\\\"rows\\\":42}\"}]}"),
                    withoutCaching(export));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnknownResourceIsTheErrorOfTheEraWithItsUri(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            // No URI of the kind; a variable that does not convert to its parameter; a method that found nothing.
            for (String uri : List.of("file:///nothing-here", "exports://not-a-year/07", "exports://2026/13")) {
                JsonNode error = mcp.request("resources/read", Map.of("uri", uri)).error();
                assertEquals(kind.modern() ? -32602 : -32002, error.path("code").asInt(), error::toString);
                assertEquals("Resource not found: " + uri, error.path("message").asText());
                assertEquals(uri, error.path("data").path("uri").asText());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPromptRendersItsArgumentsAndNamesAMissingOne(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            JsonNode prompt = mcp.request("prompts/get", Map.of("name", "summarise",
                    "arguments", Map.of("id", "export-7", "audience", "the board"))).result();
            assertEquals(json("{\"description\":\"Summarise an export for a manager\",\"messages\":["
                    + "{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"Summarise export export-7 for the board"
                    + " in three bullet points.\"}},{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":"
                    + "\"Here is the summary of export-7:\"}}]}"), prompt);
            JsonNode missing = mcp.request("prompts/get", Map.of("name", "summarise", "arguments", Map.of())).error();
            assertEquals(-32602, missing.path("code").asInt(), missing::toString);
            assertEquals("Invalid params: Missing required argument 'id'", missing.path("message").asText());
            JsonNode unknown = mcp.request("prompts/get", Map.of("name", "nope")).error();
            assertEquals(-32602, unknown.path("code").asInt(), unknown::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void completionGivesAtMostAHundredValuesWithTotalAndHasMore(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            JsonNode all = mcp.request("completion/complete", Map.of("ref", Map.of("type", "ref/prompt", "name",
                    "summarise"), "argument", Map.of("name", "id", "value", "export-"))).result().path("completion");
            assertEquals(100, all.path("values").size(), all::toString);
            assertEquals("export-1", all.path("values").path(0).asText());
            assertEquals(150, all.path("total").asInt());
            assertTrue(all.path("hasMore").asBoolean());
            JsonNode some = mcp.request("completion/complete", Map.of("ref", Map.of("type", "ref/prompt", "name",
                    "summarise"), "argument", Map.of("name", "id", "value", "export-14"))).result().path("completion");
            assertEquals(json("{\"values\":[\"export-14\",\"export-140\",\"export-141\",\"export-142\",\"export-143\","
                    + "\"export-144\",\"export-145\",\"export-146\",\"export-147\",\"export-148\",\"export-149\"],"
                    + "\"total\":11,\"hasMore\":false}"), some);
            JsonNode months = mcp.request("completion/complete", Map.of("ref", Map.of("type", "ref/resource", "uri",
                    "exports://{year}/{month}"), "argument", Map.of("name", "month", "value", "1"))).result();
            assertEquals(json("[\"10\",\"11\",\"12\"]"), months.path("completion").path("values"));
            JsonNode nothing = mcp.request("completion/complete", Map.of("ref", Map.of("type", "ref/prompt", "name",
                    "summarise"), "argument", Map.of("name", "audience", "value", "b"))).result();
            assertEquals(0, nothing.path("completion").path("values").size(), nothing::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSlowReadAndAPromptReportProgressLikeATool(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            String token = "read-" + kind;
            Exchange read = mcp.request("resources/read", Map.of("uri", "slow://5", "_meta", Map.of("progressToken",
                    token)));
            assertEquals("read in 5 steps", read.result().path("contents").path(0).path("text").asText(), read::toString);
            assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), read.progressValues(), read::toString);
            read.progress().forEach(params -> assertEquals(token, params.path("progressToken").asText()));
            assertEquals(5.0, read.progress().get(4).path("total").asDouble());
            assertEquals("step 5", read.progress().get(4).path("message").asText());

            Exchange prompt = mcp.request("prompts/get", Map.of("name", "summarise", "arguments", Map.of("id", "x"),
                    "_meta", Map.of("progressToken", 7)));
            assertEquals(List.of(1.0, 2.0), prompt.progressValues(), prompt::toString);
            assertEquals(7, prompt.progress().get(0).path("progressToken").asInt());
            assertEquals(List.of(), mcp.strayMessages(Duration.ofMillis(200)), "nothing after the responses");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCancelledReadGetsNoResponseAndSeesItsCancellation(Kind kind) throws InterruptedException {
        String label = "read-" + kind + "-" + UUID.randomUUID();
        String token = "cancel-" + label;
        try (McpTransport mcp = kind.open(http, ws);
                PendingCall read = mcp.start("resources/read", Map.of("uri", "wait://" + label, "_meta",
                        Map.of("progressToken", token)))) {
            read.awaitMessage(message -> isProgressFor(message, token), TIMEOUT); // it runs
            assertFalse(labels(mcp, "cancelled_reads").contains(label), "not cancelled yet");
            mcp.cancel(read, "the user gave up");
            Optional<JsonNode> response = read.pollResponse(Duration.ofSeconds(1));
            assertTrue(response.isEmpty(), () -> kind + ": a cancelled read must not be answered: " + response.get());
            Set<String> cancelled = labelsEventually(mcp, "cancelled_reads", labels -> labels.contains(label),
                    Duration.ofSeconds(5));
            assertTrue(cancelled.contains(label), () -> "the read did not see its cancellation: " + cancelled);
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void aSubscribedSessionHearsOfUpdatesUntilItUnsubscribes(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            assertEquals(json("{}"), mcp.request("resources/subscribe", Map.of("uri", LATEST)).result());
            // Over WebSocket the update may come while the call that caused it is still open, on the same socket.
            List<JsonNode> heard = new ArrayList<>(mcp.callTool("refresh_latest_report", Map.of()).notifications());
            heard.addAll(mcp.strayMessages(Duration.ofMillis(500)));
            assertEquals(List.of(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\",\"params\":"
                    + "{\"uri\":\"" + LATEST + "\"}}")), heard);

            assertEquals(json("{}"), mcp.request("resources/unsubscribe", Map.of("uri", LATEST)).result());
            assertEquals(List.of(), mcp.callTool("refresh_latest_report", Map.of()).notifications());
            assertEquals(List.of(), mcp.strayMessages(Duration.ofMillis(500)), "no update after unsubscribing");
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "HTTP", "WEBSOCKET" })
    void resourcesAddedAtRunTimeAreListedReadAndAnnounced(Kind kind) {
        String name = "n" + UUID.randomUUID().toString().substring(0, 8);
        try (McpTransport mcp = kind.open(http, ws)) {
            List<JsonNode> heard = new ArrayList<>(mcp.callTool("publish_note", Map.of("name", name, "text", "hello"))
                    .notifications());
            heard.addAll(mcp.strayMessages(Duration.ofMillis(500)));
            assertTrue(heard.contains(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/list_changed\","
                    + "\"params\":{}}")), () -> "list_changed: " + heard);
            assertTrue(mcp.request("resources/list", Map.of()).result().toString().contains("{\"uri\":\"note://" + name
                    + "\",\"name\":\"note " + name + "\",\"description\":\"a published note\",\"mimeType\":\"text/plain\"}"));
            assertEquals("hello", mcp.request("resources/read", Map.of("uri", "note://" + name)).result()
                    .path("contents").path(0).path("text").asText());

            mcp.callTool("withdraw_note", Map.of("name", name));
            assertEquals(-32002, mcp.request("resources/read", Map.of("uri", "note://" + name)).error().path("code")
                    .asInt());
            assertFalse(mcp.request("resources/list", Map.of()).result().toString().contains("note://" + name));
        }
    }

    /** A 2026-07-28 read result carries caching hints; what it says besides them is the same in both eras. */
    private static JsonNode withoutCaching(JsonNode result) {
        ObjectNode copy = ((ObjectNode) result).deepCopy();
        copy.remove(List.of("ttlMs", "cacheScope"));
        return copy;
    }
}
