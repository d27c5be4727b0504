package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.Complete;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.PromptArg;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.Resource;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * What a client sees of resources, templates, prompts and completions on the wire: the capabilities, the three
 * lists (sorted, with only the fields that were set), reads, prompt rendering and completion.
 */
public class ResourceAndPromptListingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, McpInitialize.class, JsonAssertions.class, Docs.class,
                    Prompts.class));

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/mcp")
    URI mcp;

    // --- capabilities ---

    @Test
    void initializeAdvertisesResourcesPromptsAndCompletions() {
        JsonNode capabilities = McpInitialize.result(mcp).get("capabilities");
        assertJson("{'subscribe': true, 'listChanged': false}", capabilities.get("resources"));
        assertJson("{'listChanged': false}", capabilities.get("prompts"));
        assertJson("{}", capabilities.get("completions"));
    }

    // --- lists ---

    @Test
    void resourcesAreListedByUri() {
        assertJson("{'resources': ["
                + "{'uri': 'assets://logo.png', 'name': 'logo', 'mimeType': 'image/png'},"
                + "{'uri': 'config://app', 'name': 'app-config', 'description': 'The configuration'},"
                + "{'uri': 'docs://readme', 'name': 'readme', 'title': 'Read me',"
                + " 'description': 'What the project is', 'mimeType': 'text/markdown'}"
                + "]}", result("resources/list", params()));
    }

    @Test
    void templatesAreListedByUriTemplate() {
        assertJson("{'resourceTemplates': ["
                + "{'uriTemplate': 'notes://{id}', 'name': 'note', 'description': 'A note by its id',"
                + " 'mimeType': 'text/plain'},"
                + "{'uriTemplate': 'orders://{number}/items/{+rest}', 'name': 'orderItem', 'title': 'Order item'}"
                + "]}", result("resources/templates/list", params()));
    }

    @Test
    void promptsAreListedByNameWithTheirArguments() {
        assertJson("{'prompts': ["
                + "{'name': 'code_review', 'title': 'Code review', 'description': 'Reviews a piece of code',"
                + " 'arguments': ["
                + "{'name': 'code', 'description': 'The code to review', 'required': true},"
                + "{'name': 'lang', 'required': false},"
                + "{'name': 'focus', 'required': false}]},"
                + "{'name': 'greet', 'arguments': [{'name': 'name', 'required': true}]}"
                + "]}", result("prompts/list", params()));
    }

    // --- resources/read ---

    @Test
    void readingTextGivesTheTextWithTheMimeType() {
        assertJson("{'contents': [{'uri': 'docs://readme', 'mimeType': 'text/markdown', 'text': '# Hello'}]}",
                read("docs://readme"));
    }

    @Test
    void readingBytesGivesABase64Blob() {
        assertJson("{'contents': [{'uri': 'assets://logo.png', 'mimeType': 'image/png', 'blob': 'AQID/w=='}]}",
                read("assets://logo.png"));
    }

    @Test
    void readingResourceContentsGivesThemAsTheyAre() {
        assertJson("{'contents': [{'uri': 'config://app', 'mimeType': 'application/json', 'text': '{}'}]}",
                read("config://app"));
    }

    @Test
    void readingATemplatePercentDecodesTheVariable() {
        assertJson("{'contents': [{'uri': 'notes://a%20b', 'mimeType': 'text/plain', 'text': 'note [a b]'}]}",
                read("notes://a%20b"));
    }

    @Test
    void readingATemplateConvertsAnIntVariableAndTheReservedOneKeepsSlashes() {
        assertJson("{'contents': [{'uri': 'orders://41/items/x/y', 'text': 'order 42: x/y'}]}",
                read("orders://41/items/x/y"));
    }

    @Test
    void unknownResourceIsResourceNotFoundWithTheUri() {
        JsonNode error = error("resources/read", params().put("uri", "nothing://here"));
        assertEquals(-32002, error.get("code").asInt(), error::toString);
        assertJson("{'uri': 'nothing://here'}", error.get("data"));
    }

    /** A variable that does not convert to its parameter: no resource has that URI. */
    @Test
    void templateVariableThatDoesNotConvertIsResourceNotFound() {
        JsonNode error = error("resources/read", params().put("uri", "orders://abc/items/x"));
        assertEquals(-32002, error.get("code").asInt(), error::toString);
        assertJson("{'uri': 'orders://abc/items/x'}", error.get("data"));
    }

    /** A malformed %-escape is no URI the template produced. */
    @Test
    void templateValueWithAMalformedEscapeIsResourceNotFound() {
        JsonNode error = error("resources/read", params().put("uri", "notes://a%2"));
        assertEquals(-32002, error.get("code").asInt(), error::toString);
        assertJson("{'uri': 'notes://a%2'}", error.get("data"));
    }

    @Test
    void subscribingToAResourceIsAcknowledged() {
        assertJson("{}", result("resources/subscribe", params().put("uri", "docs://readme")));
    }

    // --- prompts/get ---

    @Test
    void getRendersThePromptWithItsArguments() {
        ObjectNode params = params().put("name", "code_review");
        params.putObject("arguments").put("code", "x = 1").put("lang", "python");
        assertJson("{'description': 'Reviews a piece of code', 'messages': ["
                + "{'role': 'user', 'content': {'type': 'text', 'text': 'Review this python: x = 1 (focus: none)'}}"
                + "]}", result("prompts/get", params));
    }

    @Test
    void getPassesOptionalArgumentsThatAreGiven() {
        ObjectNode params = params().put("name", "code_review");
        params.putObject("arguments").put("code", "x = 1").put("focus", "naming");
        assertJson("{'description': 'Reviews a piece of code', 'messages': ["
                + "{'role': 'user', 'content': {'type': 'text', 'text': 'Review this code: x = 1 (focus: naming)'}}"
                + "]}", result("prompts/get", params));
    }

    @Test
    void getRendersAListOfMessages() {
        ObjectNode params = params().put("name", "greet");
        params.putObject("arguments").put("name", "Ada");
        assertJson("{'messages': ["
                + "{'role': 'user', 'content': {'type': 'text', 'text': 'Hi, I am Ada'}},"
                + "{'role': 'assistant', 'content': {'type': 'text', 'text': 'Hello Ada'}}"
                + "]}", result("prompts/get", params));
    }

    @Test
    void missingRequiredArgumentIsInvalidParamsNamingIt() {
        ObjectNode params = params().put("name", "code_review");
        params.putObject("arguments").put("lang", "python");
        JsonNode error = error("prompts/get", params);
        assertEquals(-32602, error.get("code").asInt(), error::toString);
        assertTrue(error.get("message").asText().contains("'code'"), error::toString);
    }

    // --- completion/complete ---

    @Test
    void completionGivesAtMostAHundredValuesWithTotalAndHasMore() {
        JsonNode completion = complete("ref/prompt", "name", "code_review", "lang", "lang").get("completion");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add("lang" + i);
        }
        List<String> values = new ArrayList<>();
        completion.get("values").forEach(value -> values.add(value.asText()));
        assertEquals(expected, values);
        assertEquals(150, completion.get("total").asInt(), completion::toString);
        assertEquals(true, completion.get("hasMore").asBoolean(), completion::toString);
    }

    @Test
    void completionOfFewValuesHasNoMore() {
        assertJson("{'completion': {'values': ['lang7', 'lang70', 'lang71', 'lang72', 'lang73', 'lang74', 'lang75',"
                + " 'lang76', 'lang77', 'lang78', 'lang79'], 'total': 11, 'hasMore': false}}",
                complete("ref/prompt", "name", "code_review", "lang", "lang7"));
    }

    @Test
    void completionOfATemplateVariable() {
        assertJson("{'completion': {'values': ['a b', 'abc'], 'total': 2, 'hasMore': false}}",
                complete("ref/resource", "uri", "notes://{id}", "id", "a"));
    }

    @Test
    void argumentWithoutCompletionGetsNoValues() {
        assertJson("{'completion': {'values': [], 'total': 0, 'hasMore': false}}",
                complete("ref/prompt", "name", "code_review", "code", "x"));
    }

    @Test
    void completingAnUnknownPromptIsInvalidParams() {
        ObjectNode params = params();
        params.putObject("ref").put("type", "ref/prompt").put("name", "nope");
        params.putObject("argument").put("name", "x").put("value", "");
        JsonNode error = error("completion/complete", params);
        assertEquals(-32602, error.get("code").asInt(), error::toString);
    }

    // --- helpers ---

    private JsonNode complete(String refType, String refField, String ref, String argument, String value) {
        ObjectNode params = params();
        params.putObject("ref").put("type", refType).put(refField, ref);
        params.putObject("argument").put("name", argument).put("value", value);
        return result("completion/complete", params);
    }

    private JsonNode read(String uri) {
        return result("resources/read", params().put("uri", uri));
    }

    private JsonNode result(String method, ObjectNode params) {
        return McpTestClient.connect(mcp).result(method, params);
    }

    private JsonNode error(String method, ObjectNode params) {
        JsonNode response = McpTestClient.connect(mcp).request(method, params).response();
        assertTrue(response.has("error"), () -> method + " should fail, but answered " + response);
        return response.get("error");
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    static class Docs {

        @Resource(uri = "docs://readme", title = "Read me", description = "What the project is",
                mimeType = "text/markdown")
        String readme() {
            return "# Hello";
        }

        @Resource(uri = "assets://logo.png", mimeType = "image/png")
        byte[] logo() {
            return new byte[] { 1, 2, 3, (byte) 0xff };
        }

        @Resource(uri = "config://app", name = "app-config", description = "The configuration")
        CompletionStage<ResourceContents> config(McpContext context) {
            return CompletableFuture.completedFuture(ResourceContents.text("config://app", "application/json", "{}"));
        }

        @ResourceTemplate(uriTemplate = "notes://{id}", name = "note", description = "A note by its id",
                mimeType = "text/plain")
        String note(String id) {
            return "note [" + id + "]";
        }

        @ResourceTemplate(uriTemplate = "orders://{number}/items/{+rest}", title = "Order item")
        Uni<String> orderItem(int number, String rest) {
            return Uni.createFrom().item("order " + (number + 1) + ": " + rest);
        }

        @Complete(resourceTemplate = "notes://{id}", argument = "id")
        Uni<List<String>> noteIds(String prefix, McpContext context) {
            return Uni.createFrom().item(
                    List.of("a b", "abc", "b").stream().filter(id -> id.startsWith(prefix)).toList());
        }
    }

    static class Prompts {

        @Prompt(name = "code_review", title = "Code review", description = "Reviews a piece of code")
        String review(@PromptArg(description = "The code to review") String code,
                @PromptArg(name = "lang", required = false) String language, Optional<String> focus) {
            return "Review this " + (language == null ? "code" : language) + ": " + code + " (focus: "
                    + focus.orElse("none") + ")";
        }

        @Prompt
        List<PromptMessage> greet(String name) {
            return List.of(PromptMessage.user("Hi, I am " + name), PromptMessage.assistant("Hello " + name));
        }

        /** 150 suggestions, more than a client gets. */
        @Complete(prompt = "code_review", argument = "lang")
        List<String> languages(String prefix) {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                all.add("lang" + i);
            }
            return all.stream().filter(value -> value.startsWith(prefix)).toList();
        }
    }
}
