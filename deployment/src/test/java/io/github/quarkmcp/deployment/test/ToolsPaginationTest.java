package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code quarkus.mcp.tools.page-size}: with 5 tools and pages of 2, {@code tools/list} answers 2, 2 and 1 tools,
 * linked by opaque {@code nextCursor}s, every tool exactly once, in name order; a cursor the server did not give out
 * is refused with -32602.
 */
public class ToolsPaginationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Tools.class))
            .overrideConfigKey("quarkus.mcp.tools.page-size", "2");

    private static final List<String> ALL_NAMES = List.of("alpha", "bravo", "charlie", "delta", "echo");

    private final ObjectMapper json = new ObjectMapper();

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void theFirstPageHasPageSizeToolsAndACursor() {
        JsonNode first = McpTestClient.connect(mcp).result("tools/list", json.createObjectNode());
        assertEquals(2, first.path("tools").size(), () -> "first page: " + first);
        assertTrue(first.path("nextCursor").isTextual() && !first.path("nextCursor").asText().isEmpty(),
                () -> "the first page must carry a nextCursor string: " + first);
    }

    @Test
    void followingTheCursorsGivesEveryToolOnceInPagesOfTwoTwoOne() {
        McpTestClient client = McpTestClient.connect(mcp);
        List<JsonNode> pages = pages(client);

        List<Integer> sizes = pages.stream().map(page -> page.path("tools").size()).toList();
        assertEquals(List.of(2, 2, 1), sizes, () -> "page sizes of " + pages);
        for (int i = 0; i < pages.size() - 1; i++) {
            JsonNode page = pages.get(i);
            assertTrue(page.path("nextCursor").isTextual(), () -> "page must link to the next one: " + page);
        }
        JsonNode last = pages.get(pages.size() - 1);
        assertFalse(last.has("nextCursor"), () -> "the last page must have no nextCursor: " + last);

        List<String> names = new ArrayList<>();
        pages.forEach(page -> page.path("tools").forEach(tool -> names.add(tool.path("name").asText())));
        assertEquals(ALL_NAMES, names, "every tool exactly once, sorted by name");
        assertEquals(names.size(), new HashSet<>(names).size(), () -> "a tool was listed twice: " + names);

        // McpTestClient's own walk over the pages agrees.
        assertEquals(ALL_NAMES, client.listTools().stream().map(tool -> tool.path("name").asText()).toList());
    }

    @Test
    void cursorsAreOpaqueAndDistinct() {
        List<String> cursors = cursors(McpTestClient.connect(mcp));
        assertEquals(2, cursors.size(), () -> "cursors: " + cursors);
        assertEquals(2, new HashSet<>(cursors).size(), () -> "each page has a cursor of its own: " + cursors);
        for (String cursor : cursors) {
            assertFalse(cursor.isBlank(), "a cursor is not blank");
            assertFalse(cursor.matches("\\s*-?\\d+\\s*"), () -> "a cursor must be opaque, not a plain number: " + cursor);
        }
    }

    @Test
    void aCursorTheServerDidNotGiveOutIsRefused() {
        McpTestClient client = McpTestClient.connect(mcp);
        List<String> issued = cursors(client);
        String cursor = issued.get(0);
        char last = cursor.charAt(cursor.length() - 1);
        List<String> modified = List.of(
                cursor + "x",
                "x" + cursor,
                cursor.substring(0, cursor.length() - 1),
                cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A'),
                cursor.toUpperCase(Locale.ROOT),
                new StringBuilder(cursor).reverse().toString(),
                "0", "1", "2", "3", "");
        for (String bad : modified) {
            if (issued.contains(bad)) {
                continue; // not a modification after all; cannot happen with the cursors above, but be exact
            }
            ObjectNode params = json.createObjectNode().put("cursor", bad);
            JsonNode response = client.request("tools/list", params).response();
            JsonNode error = response.get("error");
            assertNotNull(error, () -> "cursor \"" + bad + "\" must be refused, got " + response);
            assertFalse(response.has("result"), () -> "an error has no result: " + response);
            assertEquals(-32602, error.path("code").asInt(), () -> "code for cursor \"" + bad + "\": " + response);
            assertEquals("Invalid params: unknown cursor", error.path("message").asText(),
                    () -> "message for cursor \"" + bad + "\": " + response);
        }
        // The session goes on, and the real cursors still work.
        for (String good : issued) {
            JsonNode page = client.result("tools/list", json.createObjectNode().put("cursor", good));
            assertTrue(page.path("tools").size() > 0, () -> "page of " + good + ": " + page);
        }
    }

    /** Every page of {@code tools/list}, following {@code nextCursor} (at most 10 pages, so a loop fails). */
    private List<JsonNode> pages(McpTestClient client) {
        List<JsonNode> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            ObjectNode params = json.createObjectNode();
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonNode page = client.result("tools/list", params);
            pages.add(page);
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            String current = cursor;
            assertTrue(cursor == null || seen.add(cursor), () -> "nextCursor repeats: " + current + " in " + pages);
            assertTrue(pages.size() <= 10, () -> "too many pages: " + pages);
        } while (cursor != null);
        return pages;
    }

    private List<String> cursors(McpTestClient client) {
        List<String> cursors = new ArrayList<>();
        for (JsonNode page : pages(client)) {
            if (page.hasNonNull("nextCursor")) {
                cursors.add(page.get("nextCursor").asText());
            }
        }
        return cursors;
    }

    /** Five tools, declared out of name order. */
    static class Tools {

        @Tool(name = "delta", description = "Fourth by name.")
        String delta() {
            return "d";
        }

        @Tool(name = "bravo", description = "Second by name.")
        String bravo() {
            return "b";
        }

        @Tool(name = "echo", description = "Fifth by name.")
        String echo() {
            return "e";
        }

        @Tool(name = "alpha", description = "First by name.")
        String alpha() {
            return "a";
        }

        @Tool(name = "charlie", description = "Third by name.")
        String charlie() {
            return "c";
        }
    }
}
