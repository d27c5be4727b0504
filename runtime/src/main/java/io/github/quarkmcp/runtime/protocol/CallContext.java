package io.github.quarkmcp.runtime.protocol;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.ClientInfo;
import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ProgressStage;

/**
 * The {@link McpContext} of one request that runs user code: a {@code tools/call}, a {@code resources/read}, a
 * {@code prompts/get} or a {@code completion/complete}. Everything it sends goes through the request's
 * {@link RequestStream}, so it arrives before the response or not at all.
 */
public final class CallContext implements McpContext, InFlightRequest {

    private static final Logger LOG = Logger.getLogger(CallContext.class);

    private final JsonNode requestId;
    private final RequestContext context;
    private final JsonNode progressToken;
    private final RequestStream stream;
    private final ProgressReporter progress;
    private final LogLevel fallbackLogLevel;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Queue<Runnable> cancelActions = new ConcurrentLinkedQueue<>();

    CallContext(JsonNode requestId, RequestContext context, JsonNode progressToken, RequestStream stream,
            LogLevel fallbackLogLevel, ProgressSettings progressSettings) {
        this.requestId = requestId;
        this.context = context;
        this.progressToken = progressToken;
        this.stream = stream;
        this.fallbackLogLevel = fallbackLogLevel;
        if (progressToken == null) {
            this.progress = null;
        } else {
            this.progress = new ProgressReporter(JsonRpc.idJson(progressToken), stream, progressSettings.timers(),
                    progressSettings.minIntervalNanos());
            stream.beforeResponse(progress::flushBeforeResponse);
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
        // Cancelled meanwhile: whoever removes the action from the queue runs it, so it runs exactly once.
        if (cancelled.get() && cancelActions.remove(action)) {
            run(action);
        }
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
        if (!cancelled.compareAndSet(false, true)) {
            return;
        }
        stream.abandon();
        for (Runnable action = cancelActions.poll(); action != null; action = cancelActions.poll()) {
            run(action);
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
    public <T> io.smallrye.mutiny.Uni<io.github.quarkmcp.Elicitation<T>> elicitAsync(String message, Class<T> form) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public io.smallrye.mutiny.Uni<io.github.quarkmcp.Elicitation<java.util.Map<String, Object>>> elicitAsync(
            String message, java.util.Map<String, ?> requestedSchema) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public io.smallrye.mutiny.Uni<io.github.quarkmcp.Elicitation<Void>> elicitUrlAsync(String message, String url) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public io.smallrye.mutiny.Uni<io.github.quarkmcp.SamplingResult> sampleAsync(io.github.quarkmcp.SamplingRequest r) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public io.smallrye.mutiny.Uni<java.util.List<io.github.quarkmcp.Root>> rootsAsync() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public Optional<Object> progressToken() {
        if (progressToken == null) {
            return Optional.empty();
        }
        return Optional.of(progressToken.isTextual() ? progressToken.asText() : (Object) progressToken.asLong());
    }
}
