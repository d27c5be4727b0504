package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sends {@code initialize} and gives its result. Add it to the archive: {@code jar.addClasses(McpInitialize.class)}. */
final class McpInitialize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private McpInitialize() {
    }

    /**
     * The {@code initialize} result, which {@link McpTestClient} does not expose: one request, no session kept (the
     * server drops an idle session on its own).
     */
    static JsonNode result(URI mcp) {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "initialize");
        ObjectNode params = message.putObject("params").put("protocolVersion", McpTestClient.PROTOCOL_VERSION);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "quarkus-mcp-deployment-tests").put("version", "1");
        HttpRequest request = HttpRequest.newBuilder(mcp).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response::body);
            String body = response.body();
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                for (String line : body.split("\n")) {
                    if (line.startsWith("data:")) {
                        body = line.substring("data:".length());
                        break;
                    }
                }
            }
            JsonNode answer = JSON.readTree(body);
            assertTrue(answer.has("result"), answer::toString);
            return answer.get("result");
        } catch (IOException e) {
            throw new IllegalStateException("initialize failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
