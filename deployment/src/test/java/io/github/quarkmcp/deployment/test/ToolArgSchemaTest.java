package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What {@code @ToolArg} puts in the {@code inputSchema}: the argument's name, description and default, and whether a
 * call must supply it.
 */
public class ToolArgSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class,
                    Size.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void everyArgumentIsAPropertyButTheContext() {
        List<String> properties = new ArrayList<>();
        searchSchema().get("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(List.of("query", "limit", "size", "sortBy", "sources", "cursor", "lang"), properties);
    }

    /** Not required: arguments with a default, and those marked {@code required = false}. */
    @Test
    void requiredListsTheArgumentsACallMustSupply() {
        assertJson("['query', 'lang']", searchSchema().get("required"));
    }

    @Test
    void descriptionIsOnTheProperty() {
        assertJson("{'type': 'string', 'description': 'What to look for'}", property("query"));
    }

    @Test
    void defaultIsJsonOfTheArgumentType() {
        assertJson("{'type': 'integer', 'description': 'At most this many results', 'default': 10}",
                property("limit"));
        assertJson("{'type': 'array', 'items': {'type': 'string'}, 'default': ['news', 'blogs']}",
                property("sources"));
    }

    @Test
    void defaultOfStringOrEnumIsTheText() {
        assertJson("{'type': 'string', 'default': 'relevance'}", property("sortBy"));
        assertJson("{'type': 'string', 'enum': ['SMALL', 'MEDIUM', 'LARGE'], 'default': 'MEDIUM'}", property("size"));
    }

    @Test
    void nameRenamesTheArgument() {
        assertJson("{'type': 'string'}", property("lang"));
    }

    @Test
    void toolWithoutRequiredArgumentsHasNoRequiredList() {
        JsonNode schema = McpTestClient.connect(mcp).tool("page").get("inputSchema");
        assertFalse(schema.has("required"), () -> "Unexpected required list in " + schema);
    }

    private JsonNode property(String name) {
        return searchSchema().get("properties").get(name);
    }

    private JsonNode searchSchema() {
        return McpTestClient.connect(mcp).tool("search").get("inputSchema");
    }

    enum Size {
        SMALL,
        MEDIUM,
        LARGE
    }

    static class Tools {

        @Tool
        String search(@ToolArg(description = "What to look for") String query,
                @ToolArg(description = "At most this many results", defaultValue = "10") int limit,
                @ToolArg(defaultValue = "MEDIUM") Size size,
                @ToolArg(defaultValue = "relevance") String sortBy,
                @ToolArg(defaultValue = "[\"news\", \"blogs\"]") List<String> sources,
                @ToolArg(required = false) String cursor,
                @ToolArg(name = "lang") String language,
                McpContext context) {
            return "";
        }

        @Tool
        String page(@ToolArg(defaultValue = "1") int number, @ToolArg(required = false) String cursor) {
            return "";
        }
    }
}
