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

/** An {@code Optional} argument may be left out, and is described by the type it wraps. */
public class OptionalArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    /** Even {@code required = true} does not make an {@code Optional} required. */
    @Test
    void optionalArgumentIsNotRequired() {
        assertJson("['name']", greetSchema().get("required"));
    }

    @Test
    void optionalArgumentIsDescribedByTheTypeItWraps() {
        assertJson("{'type': 'string'}", greetSchema().get("properties").get("greeting"));
        assertJson("{'type': 'integer', 'description': 'How many times'}",
                greetSchema().get("properties").get("times"));
    }

    private JsonNode greetSchema() {
        return McpTestClient.connect(mcp).tool("greet").get("inputSchema");
    }

    static class Tools {

        @Tool
        String greet(String name, Optional<String> greeting,
                @ToolArg(description = "How many times", required = true) Optional<Integer> times) {
            return greeting.orElse("Hello") + " " + name;
        }
    }
}
