package io.github.quarkmcp.runtime.protocol;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.runtime.invocation.MethodCaller;

/**
 * The life of a request that runs user code (a tool, a resource read, a prompt, a completion), the same for all of
 * them and both eras: its {@link CallContext} (progress token checked), its admission to its session (a place under
 * the limit, tracked by id so that it can be cancelled), cancellation when a 2026-07-28 client closes its stream,
 * and exactly one answer, or none once cancelled.
 */
final class Calls {

    private static final Logger LOG = Logger.getLogger(Calls.class);

    /** Refusal of a call because the session has too many running (a server error in JSON-RPC's reserved range). */
    static final int SERVER_BUSY = -32000;

    /** The requests that may answer with an {@code InputRequiredResult} in 2026-07-28 (and so ask the client). */
    private static final Set<String> MAY_ASK = Set.of("tools/call", "prompts/get", "resources/read");

    private final ProgressSettings progress;
    private final AskSettings asking;
    private final ServerDescription server;
    private final LogLevel defaultLogLevel;
    private final int maxCallsPerSession;

    Calls(ProgressSettings progress, AskSettings asking, ServerDescription server, LogLevel defaultLogLevel,
            int maxCallsPerSession) {
        this.progress = progress;
        this.asking = asking;
        this.server = server;
        this.defaultLogLevel = defaultLogLevel;
        this.maxCallsPerSession = maxCallsPerSession;
    }

    /**
     * Runs {@code work} as request {@code request}: its result (a JSON object, shaped by {@code shape} for the era)
     * answers it; a failure is answered with what {@code refusal} makes of it (the cause, unwrapped).
     */
    void run(RequestContext context, JsonRpcMessage request, RequestStream stream,
            Function<CallContext, CompletionStage<String>> work, Function<Throwable, JsonRpcException> refusal,
            UnaryOperator<String> shape) {
        run(context, request, stream, work, refusal, shape, null);
    }

    /**
     * The longest a call may run, and what answers it when it runs longer (a tool's error result).
     *
     * @param nanos the limit
     * @param answerJson the result (a JSON object, shaped for the era like any result) sent at the limit
     */
    record TimeLimit(long nanos, String answerJson) {
    }

    /**
     * {@link #run(RequestContext, JsonRpcMessage, RequestStream, Function, Function, UnaryOperator)}, within
     * {@code limit} ({@code null}: none): a call still running then is cancelled, as the tool sees it, and answered
     * with {@code limit}'s result; its place in the session is free at once, even if its code never returns.
     */
    void run(RequestContext context, JsonRpcMessage request, RequestStream stream,
            Function<CallContext, CompletionStage<String>> work, Function<Throwable, JsonRpcException> refusal,
            UnaryOperator<String> shape, TimeLimit limit) {
        JsonNode id = request.id();
        JsonNode token = request.params().path(Eras.META).get("progressToken");
        if (token != null && !token.isNull() && !(token.isTextual() || token.isIntegralNumber())) {
            throw new JsonRpcException(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"progressToken\" must be a string or an integer");
        }
        InputRound round = context.modern() && MAY_ASK.contains(request.method()) ? inputRound(request) : null;
        CallContext call = new CallContext(id, context, token == null || token.isNull() ? null : token, stream,
                defaultLogLevel, progress, asking, round, limit != null);
        McpSession session = context.session();
        // The id as JSON text, written once: the key the call is tracked by and the id of its response.
        String idJson = JsonRpc.idJson(id);
        if (!admit(session, idJson, call, id)) {
            // Its cancellation overtook it: the client has given up on it, so no user code runs at all (it might have
            // side effects the client no longer wants), and, as for any cancelled request, no response is sent.
            call.cancel();
            return;
        }
        if (context.modern()) {
            // 2026-07-28: a client that closes the request's stream has cancelled it.
            stream.whenClientGone(call::cancel);
        }
        if (limit != null) {
            progress.timers().schedule(limit.nanos(), () -> {
                if (call.expire()) {
                    if (session != null) {
                        session.untrack(idJson, call);
                    }
                    stream.respond(JsonRpc.result(idJson, shape.apply(limit.answerJson())));
                }
            });
        }
        CompletionStage<String> result;
        try {
            result = work.apply(call);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((json, failure) -> {
            if (session != null) {
                session.untrack(idJson, call);
            }
            if (call.isCancelled() || !call.end()) {
                return; // no response for a cancelled (or timed-out, so answered) request, whatever it ended with
            }
            // What the call asked decides before what its code returned, which may have caught the signal.
            if (call.refusal() != null) {
                stream.refuse(call.refusal());
            } else if (round != null && round.awaitsInput()) {
                stream.respond(JsonRpc.result(idJson, server.inputRequired(round.inputRequiredFields())));
            } else if (failure == null) {
                stream.respond(JsonRpc.result(idJson, shape.apply(json)));
            } else {
                stream.refuse(refusal.apply(MethodCaller.cause(failure)));
            }
        });
    }

    /**
     * The round of a 2026-07-28 request that may ask its client: what its {@code requestState} (verified here, before
     * any user code runs) and {@code inputResponses} bring. {@code null} responses are no responses.
     */
    private InputRound inputRound(JsonRpcMessage request) {
        JsonNode responses = request.params().get("inputResponses");
        if (responses != null && !responses.isNull() && !responses.isObject()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"inputResponses\" must be an object (the answers, by the keys of inputRequests)");
        }
        JsonNode state = request.params().get("requestState");
        if (state != null && !state.isNull() && !state.isTextual()) {
            throw new JsonRpcException(request.id(), JsonRpc.INVALID_PARAMS,
                    "Invalid params: \"requestState\" must be a string, exactly as the server sent it");
        }
        RequestState codec = asking.requestState();
        // The digest of the request is only needed to check a state or to make one: not for a call that asks nothing.
        Supplier<String> binding = () -> codec.binding(request.method(), request.params());
        RequestState.Contents earlier = null;
        if (state != null && !state.isNull()) {
            String bound = binding.get();
            binding = () -> bound;
            earlier = codec.open(state.asText(), bound, request.id());
        }
        return new InputRound(codec, binding, earlier, responses instanceof ObjectNode ? (ObjectNode) responses : null);
    }

    /**
     * Lets a request in to its session (if it has one), where it is tracked so that it can be cancelled by id:
     * refused when the session runs as many as it may or the id is running already; false when its cancellation came
     * first.
     */
    boolean admit(McpSession session, String idJson, InFlightRequest request, JsonNode id) {
        if (session == null) {
            return true;
        }
        switch (session.admit(idJson, request, maxCallsPerSession)) {
            case BUSY:
                throw new JsonRpcException(id, SERVER_BUSY, "Server busy: this session already has " + maxCallsPerSession
                        + " calls in progress (quarkus.mcp.session.max-concurrent-calls); wait for one to finish");
            case DUPLICATE_ID:
                throw new JsonRpcException(id, JsonRpc.INVALID_REQUEST,
                        "Invalid request: a request with id " + idJson + " is already in progress in this session");
            case CANCELLED:
                LOG.debugf("Request %s was cancelled before it arrived", idJson);
                return false;
            default:
                return true;
        }
    }
}
