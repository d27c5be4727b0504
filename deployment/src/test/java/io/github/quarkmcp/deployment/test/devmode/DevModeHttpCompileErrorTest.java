package io.github.quarkmcp.deployment.test.devmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.deployment.test.McpTestClient;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * Dev mode over Streamable HTTP: an edit that breaks the build (a compile error, or a tool the build rejects) reaches
 * the MCP client as a JSON-RPC error that names the problem, answering its request (not Quarkus's HTML error page),
 * and after the fix the same session goes on.
 */
public class DevModeHttpCompileErrorTest {

    private static final URI MCP = URI.create("http://localhost:8080/mcp");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DevModeTools.class, McpTestClient.class));

    @Test
    void aBrokenBuildIsAnsweredAsJsonRpcErrorsAndTheFixIsPickedUp() throws Exception {
        McpTestClient client = McpTestClient.connect(MCP);
        assertEquals("hi", echo(client, "hi").path("result").path("content").path(0).path("text").asText());

        test.modifySourceFile(DevModeTools.class, source -> source.replace("return text;", "return text"));
        JsonNode listed = client.request("tools/list", JSON.createObjectNode()).response();
        assertBuildProblem(listed);
        assertBuildProblem(echo(client, "again"));

        HttpResponse<String> notification = postNotification(client.sessionId());
        assertEquals(500, notification.statusCode(), "a notification has no id to answer: " + notification.body());
        assertEquals("application/json", notification.headers().firstValue("Content-Type").orElse(""));
        JsonNode error = JSON.readTree(notification.body());
        assertTrue(error.get("id").isNull(), error::toString);
        assertBuildProblem(error);

        test.modifySourceFile(DevModeTools.class, source -> source.replace("return text\n", "return text + \"!\";\n"));
        assertEquals("fixed!", echo(client, "fixed").path("result").path("content").path(0).path("text").asText(),
                "the fix is picked up, and the session was kept");

        // It compiles, but the build rejects the tool: the old application is stopped and no new one starts.
        test.modifySourceFile(DevModeTools.class, source -> source.replace("String echo(String text)",
                "String echo(String text, io.github.quarkmcp.McpContext one, io.github.quarkmcp.McpContext two)"));
        JsonNode rejected = client.request("tools/list", JSON.createObjectNode()).response();
        String message = rejected.path("error").path("message").asText();
        assertTrue(message.contains("@Tool method must declare at most one McpContext parameter"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);

        test.modifySourceFile(DevModeTools.class, source -> source.replace(
                ", io.github.quarkmcp.McpContext one, io.github.quarkmcp.McpContext two", ""));
        assertEquals("back!", echo(client, "back").path("result").path("content").path(0).path("text").asText(),
                "the application starts again, with the same session");
    }

    private static JsonNode echo(McpTestClient client, String text) {
        ObjectNode params = JSON.createObjectNode().put("name", "echo");
        params.putObject("arguments").put("text", text);
        return client.request("tools/call", params).response();
    }

    private static void assertBuildProblem(JsonNode response) {
        assertEquals(-32603, response.path("error").path("code").asInt(), response::toString);
        String message = response.path("error").path("message").asText();
        assertTrue(message.startsWith("Internal error: the application could not be reloaded after a change"),
                message);
        assertTrue(message.contains("DevModeTools.java") && message.contains("';' expected"),
                "names the problem: " + message);
        assertFalse(message.contains("\u001B"), "no terminal colour codes: " + message);
    }

    private static HttpResponse<String> postNotification(String sessionId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(MCP).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", McpTestClient.PROTOCOL_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
