package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.quarkmcp.it.ClientSession;
import io.github.quarkmcp.it.McpHttpClient;
import io.github.quarkmcp.it.McpResponse;
import io.github.quarkmcp.it.RequestTags;
import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Where a tool runs: blocking methods on a worker, {@code @NonBlocking}, {@code Uni} and {@code CompletionStage}
 * methods on the event loop, a {@code @Blocking} {@code Uni} on a worker, whatever the transport; and on a Vert.x
 * duplicated context of its own, which carries what the request's context held: an HTTP request's own when it carries
 * one call, a context nested in the one the call came on otherwise (a socket's, a batch's).
 */
@QuarkusTest
class ExecutionModelTest {

    private static final String WORKER = "worker executor-thread-";
    private static final String EVENT_LOOP = "event-loop vert.x-eventloop-thread-";

    @TestHTTPResource("/mcp")
    URI http;

    @TestHTTPResource("/mcp/ws")
    URI ws;

    static Stream<Arguments> tools() {
        List<Arguments> arguments = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            arguments.add(Arguments.of(kind, "thread_blocking", WORKER));
            arguments.add(Arguments.of(kind, "thread_non_blocking", EVENT_LOOP));
            arguments.add(Arguments.of(kind, "thread_uni", EVENT_LOOP));
            arguments.add(Arguments.of(kind, "thread_completion_stage", EVENT_LOOP));
            arguments.add(Arguments.of(kind, "thread_blocking_uni", WORKER));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tools")
    void eachToolRunsWhereItsExecutionModelSays(Kind kind, String tool, String expectedPrefix) {
        try (McpTransport mcp = kind.open(http, ws)) {
            Exchange call = mcp.callTool(tool, Map.of());
            String text = call.text();
            assertTrue(text.startsWith(expectedPrefix), () -> tool + " over " + kind + " ran on " + text
                    + ", expected " + expectedPrefix + "…");
            assertEquals(1, call.messages().size(), call::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contextTools")
    void toolCodeRunsOnADuplicatedContextOfItsOwnThatCarriesTheRequestsLocals(Kind kind, String tool) {
        // Over HTTP the application's filter (RequestTags) tagged the POST on its context; a socket's calls have no
        // request of their own, so nothing is carried there. Either way two calls never share what a tool writes.
        boolean overHttp = kind == Kind.HTTP || kind == Kind.HTTP_2026;
        String carried = overHttp ? "local=POST /mcp mdc=POST /mcp" : "local=null mdc=null";
        try (McpTransport mcp = kind.open(http, ws)) {
            for (int call = 1; call <= 2; call++) {
                String text = mcp.callTool(tool, Map.of()).text();
                assertEquals("duplicated=true " + carried + " earlier=null", text,
                        tool + " over " + kind + ", call " + call);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("httpContextTools")
    void whatAToolLeavesOnTheContextOfAnHttpRequestIsSeenByTheApplicationsHttpCode(Kind kind, String tool) {
        // A POST that carries one request has a duplicated context of its own, and the tool runs on it, as a Quarkus
        // REST endpoint does on its request's: the application's filter (RequestTags) finds there what the tool put.
        McpHttpClient client = new McpHttpClient(http);
        Map<String, Object> params = Map.of("name", tool, "arguments", Map.of());
        McpResponse response = kind == Kind.HTTP ? client.connect().request("tools/call", params)
                : client.statelessRequest("tools/call", params);
        assertTrue(response.result().path("content").path(0).path("text").asText().endsWith("earlier=null"),
                response::toString);
        assertEquals(Optional.of("a tool was here"), response.header(RequestTags.WRITTEN_BY_A_TOOL_HEADER),
                () -> tool + " over " + kind + ": " + response.headers().map());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "context_uni", "context_blocking" })
    void theCallsOfABatchDoNotShareWhatTheirCodeLeavesOnTheContext(String tool) {
        // A batch (2025-03-26) has one HTTP request for all its calls: each call runs on a context nested in it. A
        // Uni runs its code on the event loop at once, so without that the second call would see the first's local.
        ClientSession session = new McpHttpClient(http).connect("2025-03-26");
        Map<String, Object> params = Map.of("name", tool, "arguments", Map.of());
        McpResponse response = session.send("[" + McpHttpClient.message(1, "tools/call", params) + ","
                + McpHttpClient.message(2, "tools/call", params) + "]");
        List<String> texts = response.events().stream()
                .map(event -> event.json().path("result").path("content").path(0).path("text").asText()).toList();
        assertEquals(List.of("duplicated=true local=POST /mcp mdc=POST /mcp earlier=null",
                "duplicated=true local=POST /mcp mdc=POST /mcp earlier=null"), texts, response::toString);
        assertEquals(Optional.empty(), response.header(RequestTags.WRITTEN_BY_A_TOOL_HEADER),
                () -> "the batch's own context got a call's local: " + response.headers().map());
    }

    /** {@link #contextTools()} over HTTP only: a socket's calls have no request of their own. */
    static Stream<Arguments> httpContextTools() {
        return contextTools()
                .filter(arguments -> arguments.get()[0] == Kind.HTTP || arguments.get()[0] == Kind.HTTP_2026);
    }

    static Stream<Arguments> contextTools() {
        List<Arguments> arguments = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            arguments.add(Arguments.of(kind, "context_blocking"));
            arguments.add(Arguments.of(kind, "context_uni"));
        }
        return arguments.stream();
    }
}
