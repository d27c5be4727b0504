package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A written-out inputSchema is listed exactly as given, and the arguments still decode into the parameters. */
public class ExplicitInputSchemaTest {

    private static final String SCHEMA = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
            + "\"type\":\"object\",\"$defs\":{\"size\":{\"type\":\"integer\",\"minimum\":1}},"
            + "\"properties\":{\"count\":{\"$ref\":\"#/$defs/size\"}},\"required\":[\"count\"],"
            + "\"additionalProperties\":false}";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void theSchemaIsListedAsWrittenAndCallsWork() throws Exception {
        McpTestClient client = McpTestClient.connect(mcp);
        assertEquals(new ObjectMapper().readTree(SCHEMA), client.tool("repeat").path("inputSchema"));

        ObjectNode call = JsonNodeFactory.instance.objectNode().put("name", "repeat");
        call.putObject("arguments").put("count", 3);
        assertEquals("xxx", client.result("tools/call", call).path("content").path(0).path("text").asText());
    }

    static class Tools {

        @Tool(inputSchema = """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "$defs": {"size": {"type": "integer", "minimum": 1}},
                  "properties": {"count": {"$ref": "#/$defs/size"}},
                  "required": ["count"],
                  "additionalProperties": false
                }
                """)
        String repeat(int count) {
            return "x".repeat(count);
        }
    }
}
