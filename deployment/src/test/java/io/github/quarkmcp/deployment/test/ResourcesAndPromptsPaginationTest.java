package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.Prompt;
import io.github.quarkmcp.Resource;
import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Resource and prompt lists are paged like tools: {@code nextCursor} until the last page, in a deterministic order;
 * a cursor of one list means nothing to another.
 */
public class ResourcesAndPromptsPaginationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Served.class))
            .overrideConfigKey("quarkus.mcp.resources.page-size", "2")
            .overrideConfigKey("quarkus.mcp.prompts.page-size", "1")
            .overrideConfigKey("quarkus.mcp.tools.page-size", "1");

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void everyItemComesOnceInOrderAcrossThePages() {
        McpTestClient client = McpTestClient.connect(mcp);
        assertEquals(List.of("a://1", "a://2", "a://3"), all(client, "resources/list", "resources", "uri"));
        assertEquals(List.of("first", "second"), all(client, "prompts/list", "prompts", "name"));
    }

    @Test
    void aCursorOfAnotherListIsUnknown() {
        McpTestClient client = McpTestClient.connect(mcp);
        String toolsCursor = client.result("tools/list", JSON.createObjectNode()).path("nextCursor").asText();
        JsonNode refused = client.request("resources/list", JSON.createObjectNode().put("cursor", toolsCursor))
                .response();
        assertEquals(-32602, refused.path("error").path("code").asInt(), refused::toString);
        assertEquals("Invalid params: unknown cursor", refused.path("error").path("message").asText());
    }

    private static List<String> all(McpTestClient client, String method, String field, String key) {
        List<String> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ObjectNode params = JSON.createObjectNode();
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonNode page = client.result(method, params);
            page.path(field).forEach(item -> items.add(item.path(key).asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            pages++;
            assertFalse(pages > 10, "the pages never end");
        } while (cursor != null);
        return items;
    }

    static class Served {

        @Resource(uri = "a://3")
        String three() {
            return "3";
        }

        @Resource(uri = "a://1")
        String one() {
            return "1";
        }

        @Resource(uri = "a://2")
        String two() {
            return "2";
        }

        @Prompt
        String second() {
            return "2";
        }

        @Prompt
        String first() {
            return "1";
        }

        @Tool
        String t1() {
            return "";
        }

        @Tool
        String t2() {
            return "";
        }
    }
}
