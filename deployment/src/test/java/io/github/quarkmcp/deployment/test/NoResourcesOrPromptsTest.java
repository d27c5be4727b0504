package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** An application with tools only offers tools: no resources, prompts or completions capability. */
public class NoResourcesOrPromptsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class,
                    McpInitialize.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void capabilitiesHaveNeitherResourcesNorPromptsNorCompletions() {
        JsonNode capabilities = McpInitialize.result(mcp).get("capabilities");
        assertFalse(capabilities.has("resources"), capabilities::toString);
        assertFalse(capabilities.has("prompts"), capabilities::toString);
        assertFalse(capabilities.has("completions"), capabilities::toString);
        assertJson("{'listChanged': false}", capabilities.get("tools"));
    }

    @Test
    void resourcesListIsEmpty() {
        assertJson("{'resources': []}",
                McpTestClient.connect(mcp).result("resources/list", new ObjectMapper().createObjectNode()));
    }

    static class Tools {

        @Tool
        String echo(String text) {
            return text;
        }
    }
}
