package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** On Java 21 and newer, a {@code @RunOnVirtualThread} tool runs on a virtual thread. */
@EnabledForJreRange(min = JRE.JAVA_21)
public class VirtualThreadToolTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, Tools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void runsOnAVirtualThread() {
        String thread = McpTestClient.connect(mcp)
                .result("tools/call", JsonNodeFactory.instance.objectNode().put("name", "where"))
                .path("content").path(0).path("text").asText();
        // Thread.isVirtual() is Java 21 API and this code compiles for 17; a virtual thread prints as VirtualThread[...]
        assertTrue(thread.startsWith("VirtualThread["), thread);
    }

    static class Tools {

        @Tool
        @RunOnVirtualThread
        String where() {
            return Thread.currentThread().toString();
        }
    }
}
