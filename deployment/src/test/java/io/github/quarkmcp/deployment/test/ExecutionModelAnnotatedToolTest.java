package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/** {@code @Blocking} and {@code @NonBlocking} choose where a tool runs, as in other Quarkus extensions. */
public class ExecutionModelAnnotatedToolTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void blockingAndNonBlockingToolsAreListed() {
        List<String> names = McpTestClient.connect(mcp).listTools().stream().map(tool -> tool.get("name"))
                .map(JsonNode::asText).toList();
        assertEquals(List.of("blocking", "nonBlocking"), names);
    }

    static class Tools {

        @Tool
        @Blocking
        String blocking() {
            return "worker";
        }

        @Tool
        @NonBlocking
        String nonBlocking() {
            return "event loop";
        }
    }
}
