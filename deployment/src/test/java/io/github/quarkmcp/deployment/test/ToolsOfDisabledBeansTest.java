package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.Tool;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A tool class switched off for the build profile is not a bean, so its tools are not served. */
public class ToolsOfDisabledBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, AlwaysTools.class, ProfileTools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void onlyTheEnabledToolsAreListed() {
        List<String> names = McpTestClient.connect(mcp).listTools().stream().map(tool -> tool.get("name"))
                .map(JsonNode::asText).toList();
        assertEquals(List.of("always"), names);
    }

    static class AlwaysTools {

        @Tool
        String always() {
            return "here";
        }
    }

    @IfBuildProfile("some-other-profile")
    static class ProfileTools {

        @Tool
        String onlyInTheOtherProfile() {
            return "there";
        }
    }
}
