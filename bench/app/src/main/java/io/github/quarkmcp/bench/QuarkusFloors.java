package io.github.quarkmcp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import bench.ws.FixedAnswers;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Floors inside the bench app, for the loads of {@code ../shared/bench/compare.sh} and {@code bench/ws/compare-ws.sh}:
 * the bare WebSocket floor's fixed answers ({@link FixedAnswers}: no JSON parsing, no sessions, no tools), but served
 * by Quarkus's HTTP layer in this very process. Each comes twice: {@code loop} answers on the event loop;
 * {@code worker} hands every message to the worker pool our blocking tools run on, and its answer back to the event
 * loop: the one hop a plain (possibly blocking) tool method costs. Set beside the bare floors and our {@code /mcp},
 * they split the gap between the floor and our server into Quarkus's HTTP layer, the hop, and what is ours.
 * <ul>
 * <li>{@code POST /floor/loop}, {@code POST /floor/worker}: Streamable HTTP (one answer as JSON, several as SSE
 * events, none as 202);</li>
 * <li>{@code /floor/ws/loop}, {@code /floor/ws/worker}: WebSocket, one text frame per answer.</li>
 * </ul>
 */
@Singleton
public class QuarkusFloors {

    void routes(@Observes Router router) {
        router.post("/floor/loop").handler(route -> readBody(route, false));
        router.post("/floor/worker").handler(route -> readBody(route, true));
        router.get("/floor/ws/loop").handler(route -> upgrade(route.request().toWebSocket(), false));
        router.get("/floor/ws/worker").handler(route -> upgrade(route.request().toWebSocket(), true));
    }

    private static void readBody(RoutingContext route, boolean onWorker) {
        route.request().body().onSuccess(bytes -> {
            String message = bytes.toString();
            answer(message, onWorker, answers -> writeHttp(route.response(), message, answers));
        });
        route.request().resume(); // Quarkus hands a route its request paused
    }

    private static void upgrade(Future<ServerWebSocket> upgraded, boolean onWorker) {
        upgraded.onSuccess(socket -> socket.textMessageHandler(message -> answer(message, onWorker, answers -> {
            for (String answer : answers) {
                socket.writeTextMessage(answer);
            }
        })));
    }

    /** Makes the answers to {@code message}, here or on a worker, and writes them on this event loop. */
    private static void answer(String message, boolean onWorker, Consumer<List<String>> write) {
        if (!onWorker) {
            write.accept(answersTo(message));
            return;
        }
        Context eventLoop = Vertx.currentContext();
        Executor workers = Infrastructure.getDefaultWorkerPool();
        workers.execute(() -> {
            List<String> answers = answersTo(message); // made on the worker, as a tool's result is
            eventLoop.runOnContext(ignored -> write.accept(answers));
        });
    }

    /** The answers gathered: HTTP writes one as JSON and several as one SSE body, and the worker hands them over. */
    private static List<String> answersTo(String message) {
        List<String> answers = new ArrayList<>();
        FixedAnswers.answer(message, answers::add);
        return answers;
    }

    private static void writeHttp(HttpServerResponse response, String message, List<String> answers) {
        if (answers.isEmpty()) {
            response.setStatusCode(202).end();
            return;
        }
        if (FixedAnswers.isInitialize(message)) {
            response.putHeader("Mcp-Session-Id", UUID.randomUUID().toString());
        }
        if (answers.size() == 1) {
            response.putHeader("Content-Type", "application/json").end(answers.get(0));
            return;
        }
        Buffer events = Buffer.buffer();
        for (String answer : answers) {
            events.appendString("event: message\ndata: ").appendString(answer).appendString("\n\n");
        }
        response.putHeader("Content-Type", "text/event-stream").end(events);
    }
}
