package io.github.quarkmcp.runtime;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.runtime.config.McpRuntimeConfig;
import io.github.quarkmcp.runtime.forms.ElicitationForms;
import io.github.quarkmcp.runtime.forms.FormMetadata;
import io.github.quarkmcp.runtime.protocol.AskSettings;
import io.github.quarkmcp.runtime.protocol.RequestState;
import io.github.quarkmcp.runtime.devmode.DevModeGate;
import io.github.quarkmcp.runtime.completions.CompletionMetadata;
import io.github.quarkmcp.runtime.completions.CompletionRegistry;
import io.github.quarkmcp.runtime.invocation.MethodCaller;
import io.github.quarkmcp.runtime.prompts.PromptMetadata;
import io.github.quarkmcp.runtime.prompts.PromptRegistry;
import io.github.quarkmcp.runtime.resources.ResourceMetadata;
import io.github.quarkmcp.runtime.resources.ResourceReader;
import io.github.quarkmcp.runtime.resources.ResourceRegistry;
import io.github.quarkmcp.runtime.resources.RunTimeResources;
import io.github.quarkmcp.runtime.devmode.DevModeGuard;
import io.github.quarkmcp.runtime.devmode.DevModeState;
import io.github.quarkmcp.runtime.notifications.ServerChangeNotifier;
import io.github.quarkmcp.runtime.protocol.McpDispatcher;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.protocol.McpSessions;
import io.github.quarkmcp.runtime.protocol.ProgressSettings;
import io.github.quarkmcp.runtime.protocol.ServerDescription;
import io.github.quarkmcp.runtime.protocol.ServerFeatures;
import io.github.quarkmcp.runtime.protocol.Subscriptions;
import io.github.quarkmcp.runtime.protocol.Timers;
import io.github.quarkmcp.runtime.tools.ToolExecutor;
import io.github.quarkmcp.runtime.tools.ToolMetadata;
import io.github.quarkmcp.runtime.tools.ToolRegistry;
import io.github.quarkmcp.runtime.tools.ToolResultEncoder;
import io.github.quarkmcp.runtime.transport.MessageGate;
import io.github.quarkmcp.runtime.transport.OriginPolicy;
import io.github.quarkmcp.runtime.transport.http.StreamableHttpHandler;
import io.github.quarkmcp.runtime.transport.stdio.StdioConnection;
import io.github.quarkmcp.runtime.transport.stdio.StdioProcess;
import io.github.quarkmcp.runtime.transport.websocket.WebSocketConnection;
import io.github.quarkmcp.runtime.transport.websocket.WebSocketHandler;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.ShutdownContext;
import io.quarkus.runtime.annotations.Recorder;
import io.quarkus.virtual.threads.VirtualThreadsRecorder;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns what the build decided into the running server, when the application starts.
 */
@Recorder
public class McpRecorder {

    private final RuntimeValue<McpRuntimeConfig> config;

    public McpRecorder(RuntimeValue<McpRuntimeConfig> config) {
        this.config = config;
    }

    /**
     * The server every transport shares, built from the build's metadata.
     *
     * @param runTimeResources whether the application injects {@code McpResources}, so that its resource list changes
     */
    public RuntimeValue<McpServer> createServer(List<ToolMetadata> tools, List<ResourceMetadata> resources,
            List<PromptMetadata> prompts, List<CompletionMetadata> completions, List<FormMetadata> forms,
            boolean runTimeResources,
            Supplier<Vertx> vertx, ShutdownContext shutdown) {
        McpRuntimeConfig mcp = config.getValue();
        ObjectMapper mapper = Arc.container().instance(ObjectMapper.class).get();
        MethodCaller caller = new MethodCaller(Infrastructure.getDefaultWorkerPool(), VirtualThreadsRecorder::getCurrent);
        ToolRegistry registry = new ToolRegistry(tools, mapper, mcp.tools().pageSize());
        ResourceRegistry resourceRegistry = new ResourceRegistry(resources, mapper, mcp.resources().pageSize());
        PromptRegistry promptRegistry = new PromptRegistry(prompts, mapper, mcp.prompts().pageSize(), caller);
        ServerFeatures features = new ServerFeatures(registry, new ToolExecutor(new ToolResultEncoder(mapper), caller),
                resourceRegistry, new ResourceReader(caller, mapper), promptRegistry,
                new CompletionRegistry(completions, mapper, caller));
        Config all = ConfigProvider.getConfig();
        boolean devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        ServerDescription.Offered offered = new ServerDescription.Offered(mcp.tools().listChanged().orElse(devMode),
                !resourceRegistry.isEmpty() || runTimeResources,
                mcp.resources().listChanged().orElse(devMode || runTimeResources),
                !promptRegistry.isEmpty(), mcp.prompts().listChanged().orElse(devMode),
                !features.completions().isEmpty());
        long listTtlMillis = mcp.cache().listTtl().orElse(devMode ? Duration.ZERO : Duration.ofHours(1)).toMillis();
        ServerDescription description = new ServerDescription(
                mcp.serverInfo().name().or(() -> all.getOptionalValue("quarkus.application.name", String.class))
                        .orElse("quarkus-mcp"),
                mcp.serverInfo().version().or(() -> all.getOptionalValue("quarkus.application.version", String.class))
                        .orElse("0.0.0"),
                mcp.instructions().orElse(null), offered, new ServerDescription.CacheHints(listTtlMillis,
                        mcp.cache().scope().name().toLowerCase(Locale.ROOT)));
        Supplier<McpSessions> newSessions = () -> new McpSessions(mcp.session().maxSessions(),
                mcp.session().idleTimeout(), mcp.log().defaultLevel());
        // In dev mode the sessions outlive a reload, so that a client keeps its session across an edit; edited
        // settings apply to them.
        McpSessions sessions = devMode ? DevModeState.sessions(newSessions) : newSessions.get();
        // Likewise the 2026-07-28 subscriptions/listen streams, which hear of the reload's tool changes.
        Subscriptions subscriptions = devMode ? DevModeState.subscriptions(Subscriptions::new) : new Subscriptions();
        sessions.configure(mcp.session().maxSessions(), mcp.session().idleTimeout(), mcp.log().defaultLevel());
        Timers timers = (delayNanos, task) -> vertx.get().setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos)),
                ignored -> task.run());
        RequestState requestState = new RequestState(
                mcp.requestState().key().map(key -> key.getBytes(StandardCharsets.UTF_8)).orElse(null),
                mcp.requestState().ttl().toMillis(), mapper, System::currentTimeMillis);
        AskSettings asking = AskSettings.of(new ElicitationForms(forms), mapper, requestState, timers,
                mcp.clientRequests().timeout());
        McpDispatcher dispatcher = new McpDispatcher(features, description, subscriptions, mcp.log().defaultLevel(),
                new ProgressSettings(mcp.progress().minInterval().toNanos(), timers), asking,
                mcp.session().maxConcurrentCalls(), mcp.tools().timeout().filter(limit -> !limit.isZero()).orElse(null));

        long sweep = vertx.get().setPeriodic(sessions.sweepInterval().toMillis(), ignored -> sessions.endIdle());
        shutdown.addShutdownTask(() -> {
            vertx.get().cancelTimer(sweep);
            if (devMode) {
                sessions.prepareForReload();
            } else {
                subscriptions.endAll();
                sessions.endAll();
            }
        });
        McpServer server = new McpServer(dispatcher, sessions, subscriptions, mapper);
        Arc.container().instance(ServerChangeNotifier.class).get().attach(server);
        Arc.container().instance(RunTimeResources.class).get().attach(resourceRegistry, server::resourcesListChanged);
        if (devMode) { // an edit may have changed any of the lists: tell who listens
            if (DevModeState.changed("tools", registry.fingerprint())) {
                server.toolsListChanged();
            }
            if (DevModeState.changed("resources", resourceRegistry.fingerprint())) {
                server.resourcesListChanged();
            }
            if (DevModeState.changed("prompts", promptRegistry.fingerprint())) {
                server.promptsListChanged();
            }
        }
        return new RuntimeValue<>(server);
    }

    /** The handler of the Streamable HTTP endpoint. */
    public Handler<RoutingContext> streamableHttpHandler(RuntimeValue<McpServer> server) {
        return newStreamableHttpHandler(server);
    }

    /**
     * Dev mode: the handler that checks for edited sources ahead of Quarkus's, on the MCP paths, so that a broken
     * build is reported as JSON-RPC errors.
     */
    public Handler<RoutingContext> devModeGuard(RuntimeValue<McpServer> server) {
        return new DevModeGuard(newStreamableHttpHandler(server)::answerAllWithError);
    }

    private StreamableHttpHandler newStreamableHttpHandler(RuntimeValue<McpServer> server) {
        McpRuntimeConfig.Http http = config.getValue().http();
        Duration keepAlive = http.keepAliveInterval();
        long keepAliveMillis = keepAlive.isZero() || keepAlive.isNegative() ? 0 : Math.max(1, keepAlive.toMillis());
        return new StreamableHttpHandler(server.getValue(), originPolicy(), http.maxBodySize().asLongValue(),
                keepAliveMillis);
    }

    /** The handler of the WebSocket endpoint. */
    public Handler<RoutingContext> webSocketHandler(RuntimeValue<McpServer> server) {
        McpRuntimeConfig.WebSocket websocket = config.getValue().websocket();
        return new WebSocketHandler(server.getValue(), originPolicy(), new WebSocketConnection.Limits(
                websocket.maxMessageSize().asLongValue(), websocket.pingInterval().toMillis(),
                websocket.idleTimeout().toMillis(), (int) Math.min(Integer.MAX_VALUE, websocket.writeQueueMaxSize().asLongValue()),
                LaunchMode.current() == LaunchMode.DEVELOPMENT ? new DevModeGate() : MessageGate.OPEN));
    }

    /**
     * stdio ({@code quarkus.mcp.stdio.enabled}): takes stdout for protocol messages before the application's startup
     * code runs; empty when stdio is off.
     */
    public RuntimeValue<Optional<OutputStream>> claimStandardOutput() {
        return new RuntimeValue<>(config.getValue().stdio().enabled()
                ? Optional.ofNullable(StdioProcess.claimStandardOutput(LaunchMode.current() == LaunchMode.DEVELOPMENT))
                : Optional.empty());
    }

    /** stdio: serves the process's one session on stdin and stdout, once the application has started. */
    public void startStdio(RuntimeValue<McpServer> server, RuntimeValue<Optional<OutputStream>> stdout,
            Supplier<Vertx> vertx, ShutdownContext shutdown) {
        if (stdout.getValue().isEmpty()) {
            return;
        }
        McpRuntimeConfig.Stdio stdio = config.getValue().stdio();
        StdioConnection connection = StdioProcess.start(server.getValue(), stdout.getValue().get(), vertx.get(),
                new StdioConnection.Limits((int) Math.min(Integer.MAX_VALUE - 8, stdio.maxMessageSize().asLongValue()),
                        stdio.writeQueueMaxSize().asLongValue()),
                stdio.shutdownGrace());
        shutdown.addShutdownTask(() -> connection.stop(stdio.shutdownGrace().toMillis()));
    }

    /** One origin rule for every transport. */
    private OriginPolicy originPolicy() {
        Optional<String> listenHost = ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class);
        return new OriginPolicy(config.getValue().http().allowedOrigins().orElse(List.of()), listenHost.orElse(null));
    }
}
