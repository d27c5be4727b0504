package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code @ToolArg(header = ...)} writes {@code x-mcp-header} into the argument's schema, beside the rest of it. */
public class HeaderArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void theHeaderIsInTheSchemaOfEachMarkedArgument() {
        JsonNode properties = McpTestClient.connect(mcp).tool("execute_sql").get("inputSchema").get("properties");
        assertJson("{'type': 'string', 'description': 'where to run', 'x-mcp-header': 'Region'}", properties.get("region"));
        assertJson("{'type': 'integer', 'x-mcp-header': 'Shard'}", properties.get("shard"));
        assertJson("{'type': 'boolean', 'x-mcp-header': 'Dry-Run'}", properties.get("dryRun"));
        assertJson("{'type': 'string'}", properties.get("query"));
    }

    static class Tools {

        @Tool(name = "execute_sql")
        String executeSql(@ToolArg(header = "Region", description = "where to run") String region,
                @ToolArg(header = "Shard") Optional<Long> shard, @ToolArg(header = "Dry-Run") boolean dryRun,
                String query) {
            return "";
        }
    }
}
