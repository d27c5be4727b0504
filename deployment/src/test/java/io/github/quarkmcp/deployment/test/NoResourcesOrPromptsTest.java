package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** A method behind a capability the server does not advertise is not found, as the schema says. */
    @Test
    void theirMethodsAreNotFound() {
        McpTestClient client = McpTestClient.connect(mcp);
        for (String method : new String[] { "resources/list", "resources/read", "prompts/list", "prompts/get",
                "completion/complete" }) {
            JsonNode error = client.request(method, new ObjectMapper().createObjectNode()).response().path("error");
            assertEquals(-32601, error.path("code").asInt(), () -> method + ": " + error);
            assertEquals("Method not found: " + method, error.path("message").asText());
        }
    }

    static class Tools {

        @Tool
        String echo(String text) {
            return text;
        }
    }
}
