package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code quarkus.mcp.tools.timeout}, one second here, for tools without their own: {@code wait_for_cancel}, which
 * would run for a minute, is cancelled at the limit (it stops, as a cooperative tool does) and answered with an error
 * naming the key.
 */
@QuarkusTest
@TestProfile(GlobalToolTimeoutTest.OneSecond.class)
class GlobalToolTimeoutTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mcp.tools.timeout", "1S");
        }
    }

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyToolWithoutItsOwnLimitHasTheGlobalOne(Kind kind) {
        try (McpTransport mcp = kind.open(http, ws)) {
            String label = "global-" + kind;
            Exchange call = mcp.callTool("wait_for_cancel", Map.of("label", label), "token-" + kind);
            JsonNode result = call.result();
            assertEquals(true, result.path("isError").asBoolean(), call::toString);
            assertEquals("Tool wait_for_cancel did not finish within PT1S (quarkus.mcp.tools.timeout) and was cancelled",
                    result.path("content").path(0).path("text").asText(), call::toString);
            assertTrue(Wire.labels(mcp, "cancelled_calls").contains(label), "the tool saw its cancellation");
        }
    }
}
