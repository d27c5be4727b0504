package io.github.quarkmcp.deployment.test.devmode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.deployment.test.McpTestClient;
import io.quarkus.test.QuarkusDevModeTest;

/** Sessions outlive a dev-mode reload, and edited session settings apply to them. */
public class DevModeConfigTest {

    private static final URI MCP = URI.create("http://localhost:8080/mcp");

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DevModeTools.class, McpTestClient.class)
                    .addAsResource(new StringAsset("quarkus.mcp.session.max-sessions=10\n"), "application.properties"));

    @Test
    void anEditedSessionLimitAppliesToTheKeptSessions() throws Exception {
        McpTestClient.connect(MCP); // one session, kept across the reload below
        assertEquals(200, initialize(), "under the limit of 10");

        test.modifyResourceFile("application.properties", config -> config.replace("max-sessions=10", "max-sessions=2"));
        assertEquals(503, initialize(), "the two kept sessions fill the edited limit of 2");
    }

    private static int initialize() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(MCP).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{}}}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
