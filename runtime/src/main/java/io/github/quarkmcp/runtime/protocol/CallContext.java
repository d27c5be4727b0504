package io.github.quarkmcp.runtime.protocol;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.ClientInfo;
import io.github.quarkmcp.ClientRequestException;
import io.github.quarkmcp.Elicitation;
import io.github.quarkmcp.InputRequiredException;
import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;
import io.github.quarkmcp.Root;
import io.github.quarkmcp.SamplingRequest;
import io.github.quarkmcp.SamplingResult;
import io.github.quarkmcp.runtime.invocation.DispatchedCall;
import io.github.quarkmcp.runtime.invocation.TimeLimitedCall;
import io.smallrye.mutiny.Uni;

/**
 * The {@link McpContext} of one request that runs user code: a {@code tools/call}, a {@code resources/read}, a
 * {@code prompts/get} or a {@code completion/complete}. Everything it sends goes through the request's
 * {@link RequestStream}, so it arrives before the response or not at all.
 */
public final class CallContext implements McpContext, InFlightRequest, TimeLimitedCall, DispatchedCall {

    private static final Logger LOG = Logger.getLogger(CallContext.class);

    private final JsonNode requestId;
    private final RequestContext context;
    private final JsonNode progressToken;
    private final RequestStream stream;
    private final ProgressReporter progress;
    private final LogLevel fallbackLogLevel;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    // Set once the call is answered, by its result or at its time limit: whichever comes first answers it.
    private final AtomicBoolean over = new AtomicBoolean();
    private final Hooks cancelActions = new Hooks();
    // null for a call without a time limit (the default): nothing can fire, so nothing need be registered.
    private final Hooks timeLimitActions;
    private final AskSettings asking;
    private final InputRound round;
    private final AtomicReference<JsonRpcException> refusal = new AtomicReference<>();

    CallContext(JsonNode requestId, RequestContext context, JsonNode progressToken, RequestStream stream,
            LogLevel fallbackLogLevel, ProgressSettings progressSettings, AskSettings asking, InputRound round,
            boolean timeLimited) {
        this.requestId = requestId;
        this.timeLimitActions = timeLimited ? new Hooks() : null;
        this.asking = asking;
        this.round = round;
        this.context = context;
        this.progressToken = progressToken;
        this.stream = stream;
        this.fallbackLogLevel = fallbackLogLevel;
        if (progressToken == null) {
            this.progress = null;
        } else {
            this.progress = new ProgressReporter(JsonRpc.idJson(progressToken), stream, progressSettings.timers(),
                    progressSettings.minIntervalNanos());
            stream.beforeResponse(progress::flushNow);
        }
    }

    @Override
    public void reportProgress(double progress) {
        reportProgress(progress, Double.NaN, null);
    }

    @Override
    public void reportProgress(double progress, double total) {
        reportProgress(progress, total, null);
    }

    @Override
    public void reportProgress(double progress, double total, String message) {
        if (this.progress != null) {
            this.progress.report(progress, total, message);
        }
    }

    @Override
    public ProgressStage stage(double fromPercent, double toPercent) {
        return new StageReporter(this, fromPercent, toPercent);
    }

    @Override
    public void log(LogLevel level, String logger, String message) {
        if (level == null || message == null) {
            return;
        }
        LogLevel threshold = logThreshold();
        if (threshold != null && level.isAtLeast(threshold)) {
            String loggerField = logger == null ? "" : ",\"logger\":" + JsonRpc.quote(logger);
            stream.notifyDroppable(JsonRpc.notification("notifications/message", "{\"level\":\"" + level.wireName() + "\""
                    + loggerField + ",\"data\":" + JsonRpc.quote(message) + "}"));
        }
    }

    /**
     * The lowest level the client wants, {@code null} for none: a modern request says it in its own {@code _meta}
     * (none said, none sent: the spec forbids it); a legacy one reads its session's, which {@code logging/setLevel}
     * may change while the call runs.
     */
    private LogLevel logThreshold() {
        if (context.modern()) {
            return context.logLevel();
        }
        return context.session() != null ? context.session().logLevel() : fallbackLogLevel;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void onCancel(Runnable action) {
        cancelActions.add(action);
    }

    @Override
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("The client cancelled this request");
        }
    }

    /** Cancels the call: no response will be sent, and the cancel actions run. Only the first call does anything. */
    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            stream.abandon();
            cancelActions.fire();
        }
    }

    /**
     * Ends the call at its time limit: for the tool it is cancelled (and its cancel actions run), but the caller
     * answers it. False if it was over already (cancelled, or expired before). Only for a call made with a time limit.
     */
    boolean expire() {
        if (!over.compareAndSet(false, true) || !cancelled.compareAndSet(false, true)) {
            return false;
        }
        cancelActions.fire();
        timeLimitActions.fire();
        return true;
    }

    @Override
    public boolean hasTimeLimit() {
        return timeLimitActions != null;
    }

    @Override
    public void onTimeLimit(Runnable action) {
        if (timeLimitActions != null) {
            timeLimitActions.add(action);
        }
    }

    @Override
    public boolean hasContextOfItsOwn() {
        return stream.servesOneRequest();
    }

    /** The call is answered with what its code produced: from now on it cannot expire. False if it already did. */
    boolean end() {
        return over.compareAndSet(false, true);
    }

    /**
     * Actions to run once, when something happens to the call (its cancellation, its time limit): an action added
     * after it happened runs at once; whoever removes an action from the queue runs it, so each runs exactly once.
     */
    private final class Hooks {

        private final Queue<Runnable> actions = new ConcurrentLinkedQueue<>();
        private volatile boolean fired;

        void add(Runnable action) {
            actions.add(action);
            if (fired && actions.remove(action)) {
                run(action);
            }
        }

        void fire() {
            fired = true;
            for (Runnable action = actions.poll(); action != null; action = actions.poll()) {
                run(action);
            }
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "A cancel action of request %s failed", requestId);
        }
    }

    @Override
    public Object requestId() {
        return requestId.isTextual() ? requestId.asText() : (Object) requestId.asLong();
    }

    @Override
    public Optional<String> sessionId() {
        return context.legacySession().map(McpSession::id);
    }

    @Override
    public String protocolVersion() {
        return context.protocolVersion();
    }

    @Override
    public Set<String> clientCapabilities() {
        if (context.clientCapabilities() == null) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        context.clientCapabilities().fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }

    @Override
    public Optional<ClientInfo> clientInfo() {
        JsonNode info = context.clientInfo();
        if (info == null || !info.path("name").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new ClientInfo(info.get("name").asText(), info.path("version").asText(null)));
    }

    @Override
    public <T> Uni<Elicitation<T>> elicitAsync(String message, Class<T> form) {
        return ask(() -> asking.questions().form(message, form), answer -> asking.answers().form(answer, form));
    }

    @Override
    public Uni<Elicitation<Map<String, Object>>> elicitAsync(String message, Map<String, ?> requestedSchema) {
        return ask(() -> asking.questions().form(message, requestedSchema), asking.answers()::form);
    }

    @Override
    public Uni<Elicitation<Void>> elicitUrlAsync(String message, String url) {
        return ask(() -> asking.questions().url(message, url, !context.modern()), asking.answers()::url);
    }

    @Override
    public Uni<SamplingResult> sampleAsync(SamplingRequest request) {
        return ask(() -> asking.questions().sample(request), asking.answers()::sampling);
    }

    @Override
    public Uni<List<Root>> rootsAsync() {
        return ask(asking.questions()::roots, asking.answers()::roots);
    }

    /**
     * Asks now; the {@code Uni} gives the answer. A client that did not declare what the question needs is not asked.
     * In 2026-07-28 the answer is there or the question is noted for the {@code InputRequiredResult}; in 2025 the
     * question goes out on the request's stream, after the progress reported before it.
     */
    private <T> Uni<T> ask(Supplier<ClientQuestion> questionOf, Function<JsonNode, T> read) {
        CompletableFuture<T> answer;
        try {
            ClientQuestion question = questionOf.get();
            if (cancelled.get()) {
                answer = CompletableFuture.failedFuture(new CancellationException("The call was cancelled"));
            } else if (!question.supportedBy(context.clientCapabilities())) {
                answer = CompletableFuture.failedFuture(unsupported(question));
            } else if (context.modern()) {
                answer = askInRound(question, read);
            } else {
                answer = askOnStream(question, read);
            }
        } catch (IllegalArgumentException e) { // the tool's mistake (a form the build does not know, a bad URL)
            answer = CompletableFuture.failedFuture(e);
        }
        return Uni.createFrom().completionStage(answer);
    }

    private ClientRequestException unsupported(ClientQuestion question) {
        String message = "This client did not declare the capability " + question.capability() + ", so it cannot be "
                + "asked " + question.method();
        if (context.modern()) {
            refuse(new JsonRpcException(requestId, JsonRpc.MISSING_REQUIRED_CLIENT_CAPABILITY,
                    "Missing required client capability: " + message, question.requiredCapabilitiesJson()));
        }
        return new ClientRequestException(message);
    }

    private <T> CompletableFuture<T> askInRound(ClientQuestion question, Function<JsonNode, T> read) {
        if (round == null) {
            return CompletableFuture.failedFuture(new ClientRequestException("A " + context.protocolVersion()
                    + " request other than tools/call, prompts/get and resources/read cannot ask the client"));
        }
        ClientQuestion keyed = round.keyed(question);
        JsonNode response = round.answer(keyed);
        if (response == null) {
            return CompletableFuture.failedFuture(new InputRequiredException(keyed.method() + " (" + keyed.key() + ")"));
        }
        try {
            return CompletableFuture.completedFuture(read.apply(response));
        } catch (ClientAnswers.NotAnAnswer e) {
            String message = "Invalid params: inputResponses." + keyed.key() + " " + e.getMessage();
            refuse(new JsonRpcException(requestId, JsonRpc.INVALID_PARAMS, message));
            return CompletableFuture.failedFuture(new ClientRequestException(message));
        }
    }

    private <T> CompletableFuture<T> askOnStream(ClientQuestion question, Function<JsonNode, T> read) {
        McpSession session = context.session();
        if (session == null) {
            return CompletableFuture.failedFuture(new ClientRequestException("There is no session to ask the client in"));
        }
        ServerRequests requests = session.serverRequests();
        String idJson = requests.nextIdJson();
        CompletableFuture<JsonNode> response = requests.await(idJson, question.method());
        if (response == null) {
            return CompletableFuture.failedFuture(new ClientRequestException("The session already waits for "
                    + ServerRequests.MAX_PENDING + " answers of its client"));
        }
        onCancel(() -> requests.abandon(idJson));
        Duration timeout = asking.timeout();
        asking.timers().schedule(timeout.toNanos(), () -> requests.giveUp(idJson, new ClientRequestException(
                "The client did not answer " + question.method() + " within " + timeout
                        + " (quarkus.mcp.client-requests.timeout)")));
        String json = question.requestJson(idJson);
        stream.execute(() -> {
            if (stream.isOpen()) { // else the call was cancelled, which ends the wait
                if (progress != null) {
                    progress.flushNow(); // what was reported before the question arrives before it
                }
                stream.sendNow(json);
            }
        });
        return response.thenApply(answer -> {
            try {
                return read.apply(answer);
            } catch (ClientAnswers.NotAnAnswer e) {
                throw new ClientRequestException("The client's answer to " + question.method() + " " + e.getMessage());
            }
        });
    }

    /** The first protocol error a question ended the request with (2026-07-28); the request is answered with it. */
    private void refuse(JsonRpcException refusal) {
        this.refusal.compareAndSet(null, refusal);
    }

    /** The error to answer the request with instead of its result, or {@code null}. */
    JsonRpcException refusal() {
        return refusal.get();
    }

    /** The round of a 2026-07-28 request that may ask the client, or {@code null}. */
    InputRound round() {
        return round;
    }

    @Override
    public Optional<Object> progressToken() {
        if (progressToken == null) {
            return Optional.empty();
        }
        return Optional.of(progressToken.isTextual() ? progressToken.asText() : (Object) progressToken.asLong());
    }
}
