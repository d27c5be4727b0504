package io.github.quarkmcp.runtime.protocol;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.ClientRequestException;

/**
 * The requests a 2025 session's server sent its client ({@code elicitation/create}, {@code sampling/createMessage},
 * {@code roots/list}) and still waits for, by id. A response completes its request; one with an id the server does
 * not wait for (answered already, timed out, made up) is ignored, as the spec says. Bounded: a session waits for at
 * most {@value #MAX_PENDING} answers at once.
 */
final class ServerRequests {

    private static final Logger LOG = Logger.getLogger(ServerRequests.class);
    static final int MAX_PENDING = 256;

    private record Pending(String method, CompletableFuture<JsonNode> answer) {
    }

    private final AtomicLong lastId = new AtomicLong();
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();

    /** A new request id, as JSON text: the session's own sequence, apart from the client's ids. */
    String nextIdJson() {
        return Long.toString(lastId.incrementAndGet());
    }

    /** Waits for the answer to request {@code idJson}; {@code null} when the session already waits for too many. */
    CompletableFuture<JsonNode> await(String idJson, String method) {
        if (pending.size() >= MAX_PENDING) {
            return null;
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(idJson, new Pending(method, answer));
        return answer;
    }

    /** The client answered request {@code id} with {@code result} or {@code error}. */
    void answered(JsonNode id, JsonNode result, JsonNode error) {
        Pending request = pending.remove(JsonRpc.idJson(id));
        if (request == null) {
            LOG.debugf("Ignoring a response to %s: no request of this session waits for it", id);
            return;
        }
        if (error != null && !error.isNull()) {
            request.answer().completeExceptionally(new ClientRequestException("The client answered " + request.method()
                    + " with an error: " + error.path("message").asText("(no message)") + " ("
                    + error.path("code").asText("no code") + ")"));
        } else {
            request.answer().complete(result);
        }
    }

    /** Ends the wait for {@code idJson} with {@code failure}, unless the answer came first. */
    void giveUp(String idJson, RuntimeException failure) {
        Pending request = pending.remove(idJson);
        if (request != null) {
            request.answer().completeExceptionally(failure);
        }
    }

    /** Ends the wait for {@code idJson}: its call was cancelled. */
    void abandon(String idJson) {
        giveUp(idJson, new CancellationException("The call was cancelled while waiting for the client"));
    }

    /** How many answers the session waits for. */
    int waiting() {
        return pending.size();
    }
}
