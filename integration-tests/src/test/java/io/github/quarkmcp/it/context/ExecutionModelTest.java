package io.github.quarkmcp.it.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.quarkmcp.it.context.McpTransport.Kind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Where a tool runs: blocking methods on a worker, {@code @NonBlocking}, {@code Uni} and {@code CompletionStage}
 * methods on the event loop, a {@code @Blocking} {@code Uni} on a worker, whatever the transport; and on a Vert.x
 * duplicated context of its own, which carries what the request's context held.
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

    static Stream<Arguments> contextTools() {
        List<Arguments> arguments = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            arguments.add(Arguments.of(kind, "context_blocking"));
            arguments.add(Arguments.of(kind, "context_uni"));
        }
        return arguments.stream();
    }
}
