package io.github.quarkmcp.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.github.quarkmcp.deployment.tools.JavaTypes;
import io.github.quarkmcp.deployment.tools.ToolListing;
import io.github.quarkmcp.deployment.tools.ToolModel;
import io.github.quarkmcp.deployment.tools.ToolParameterModel;
import io.github.quarkmcp.deployment.tools.ToolSchemas;
import io.github.quarkmcp.deployment.tools.ToolValidator;
import io.github.quarkmcp.runtime.McpRecorder;
import io.github.quarkmcp.runtime.notifications.ServerChangeNotifier;
import io.github.quarkmcp.runtime.config.McpBuildTimeConfig;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.tools.CurrentMcpContext;
import io.github.quarkmcp.runtime.tools.ParameterMetadata;
import io.github.quarkmcp.runtime.tools.ToolMetadata;
import io.github.quarkmcp.runtime.transport.stdio.StdioConfigDefaults;
import io.github.quarkmcp.runtime.transport.websocket.WebSocketServerOptions;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationStartBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigBuilderBuildItem;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;
import io.quarkus.deployment.builditem.ShutdownContextBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import io.quarkus.deployment.execannotations.ExecutionModelAnnotationsAllowedBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.vertx.core.deployment.CoreVertxBuildItem;
import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.invoke.Invoker;

/**
 * The build of an MCP server: find the {@code @Tool} methods, check them, generate their invokers and schemas,
 * record the registry and register the transports' routes (and, in dev mode, the guard ahead of them). One verb per
 * step, in that order.
 */
class McpProcessor {

    private static final String FEATURE = "mcp";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** A class with {@code @Tool} methods is a bean even without a scope: it becomes a {@code @Singleton}. */
    @BuildStep
    AutoAddScopeBuildItem makeToolClassesBeans() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(McpDotNames.TOOL)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @Tool methods")
                .build();
    }

    /**
     * Beans with {@code @Tool} methods are looked up by their invokers only, which ArC does not count as use; a
     * bean that declared its own scope would otherwise be removed as unused.
     */
    @BuildStep
    UnremovableBeanBuildItem keepToolBeans() {
        return new UnremovableBeanBuildItem(
                bean -> bean.isClassBean() && bean.getTarget().get().asClass().hasAnnotation(McpDotNames.TOOL));
    }

    /** {@code @Tool} methods are entry points: {@code @Blocking}, {@code @NonBlocking} and virtual threads apply. */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem allowExecutionModelAnnotations() {
        return new ExecutionModelAnnotationsAllowedBuildItem(method -> method.hasDeclaredAnnotation(McpDotNames.TOOL));
    }

    /** {@code @Inject McpContext} during a tool call. */
    @BuildStep
    AdditionalBeanBuildItem registerContextBean() {
        return AdditionalBeanBuildItem.unremovableOf(CurrentMcpContext.class);
    }

    /** {@code @Inject McpNotifier}, which the recorder connects to the server it builds. */
    @BuildStep
    AdditionalBeanBuildItem registerNotifierBean() {
        return AdditionalBeanBuildItem.unremovableOf(ServerChangeNotifier.class);
    }

    @BuildStep
    void collectTools(BeanDiscoveryFinishedBuildItem beanDiscovery, CombinedIndexBuildItem index,
            BuildProducer<ToolMethodBuildItem> toolMethods) {
        Map<MethodInfo, BeanInfo> beansByMethod = new HashMap<>();
        beanDiscovery.beanStream().classBeans().forEach(bean -> {
            for (MethodInfo method : bean.getTarget().get().asClass().methods()) {
                beansByMethod.put(method, bean);
            }
        });
        for (AnnotationInstance tool : index.getIndex().getAnnotations(McpDotNames.TOOL)) {
            if (tool.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = tool.target().asMethod();
            BeanInfo bean = beansByMethod.get(method);
            if (bean == null && JavaTypes.isConcrete(method.declaringClass())) {
                // A concrete class that is no bean was switched off (@IfBuildProfile, quarkus.arc.exclude-types...):
                // its tools are off too.
                continue;
            }
            toolMethods.produce(new ToolMethodBuildItem(bean, method, tool));
        }
    }

    @BuildStep
    void validateTools(List<ToolMethodBuildItem> toolMethods, CombinedIndexBuildItem index,
            BuildProducer<ToolBuildItem> tools, BuildProducer<ValidationErrorBuildItem> errors) {
        // Sorted so that errors and tools come in the same order in every build.
        List<ToolMethodBuildItem> sorted = new ArrayList<>(toolMethods);
        sorted.sort((a, b) -> ToolModel.describe(a.method()).compareTo(ToolModel.describe(b.method())));
        ToolValidator validator = new ToolValidator(index.getComputingIndex());
        for (ToolModel tool : validator.validate(sorted)) {
            tools.produce(new ToolBuildItem(tool));
        }
        if (!validator.errors().isEmpty()) {
            List<Throwable> problems = new ArrayList<>();
            for (String error : validator.errors()) {
                problems.add(new IllegalStateException(error));
            }
            errors.produce(new ValidationErrorBuildItem(problems));
        }
    }

    /**
     * One ArC invoker per tool: generated bytecode that calls the method on the bean instance it is given, no
     * reflection. The executor looks the instance up itself, so that an asynchronous result reaches it unwrapped.
     * Producing {@link ValidationErrorBuildItem} orders this step before ArC generates its classes, the last moment
     * invokers can be requested.
     */
    @BuildStep
    void generateInvokers(List<ToolBuildItem> tools, InvokerFactoryBuildItem invokerFactory,
            BuildProducer<ToolInvokerBuildItem> invokers, BuildProducer<ValidationErrorBuildItem> errors) {
        for (ToolBuildItem item : tools) {
            ToolModel tool = item.tool();
            invokers.produce(new ToolInvokerBuildItem(tool.name(),
                    invokerFactory.createInvoker(tool.bean(), tool.method()).build()));
        }
    }

    @BuildStep
    void generateSchemas(List<ToolBuildItem> tools, BuildProducer<ToolSchemaBuildItem> schemas) {
        ToolListing listing = new ToolListing(new ToolSchemas(Thread.currentThread().getContextClassLoader()));
        for (ToolBuildItem item : tools) {
            schemas.produce(new ToolSchemaBuildItem(item.tool().name(), listing.listingJson(item.tool())));
        }
    }

    /** Jackson reads arguments and writes results by reflection; a native image must know those types. */
    @BuildStep
    void registerForReflection(List<ToolBuildItem> tools, CombinedIndexBuildItem index,
            BuildProducer<ReflectiveHierarchyBuildItem> hierarchies, BuildProducer<ReflectiveClassBuildItem> classes) {
        IndexView view = index.getComputingIndex();
        for (ToolBuildItem item : tools) {
            ToolModel tool = item.tool();
            List<Type> types = new ArrayList<>();
            for (ToolParameterModel parameter : tool.parameters()) {
                if (!parameter.context()) {
                    types.add(parameter.type());
                }
            }
            if (tool.resultType().kind() != Type.Kind.VOID) {
                types.add(tool.resultType());
            }
            for (Type type : types) {
                if (type.kind() == Type.Kind.PRIMITIVE) {
                    continue;
                }
                hierarchies.produce(ReflectiveHierarchyBuildItem.builder(type).index(view)
                        .source(tool.methodDescription()).build());
                // The argument decoder resolves each declared type by name when the application starts.
                for (String className : JavaTypes.classNames(type)) {
                    classes.produce(ReflectiveClassBuildItem.builder(className).build());
                }
            }
        }
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    McpServerBuildItem recordServer(McpRecorder recorder, RecorderContext recorderContext, List<ToolBuildItem> tools,
            List<ToolInvokerBuildItem> invokers, List<ToolSchemaBuildItem> schemas, CoreVertxBuildItem vertx,
            ShutdownContextBuildItem shutdown) {
        Map<String, ToolInvokerBuildItem> invokerByTool = new HashMap<>();
        invokers.forEach(invoker -> invokerByTool.put(invoker.toolName(), invoker));
        Map<String, String> listingByTool = new HashMap<>();
        schemas.forEach(schema -> listingByTool.put(schema.toolName(), schema.listingJson()));

        List<ToolModel> sorted = new ArrayList<>();
        tools.forEach(item -> sorted.add(item.tool()));
        sorted.sort((a, b) -> a.name().compareTo(b.name()));

        List<ToolMetadata> metadata = new ArrayList<>();
        for (ToolModel tool : sorted) {
            List<ParameterMetadata> parameters = new ArrayList<>();
            for (ToolParameterModel parameter : tool.parameters()) {
                parameters.add(parameter.context() ? ParameterMetadata.contextParameter()
                        : new ParameterMetadata(parameter.name(), JavaTypes.canonicalName(parameter.type()),
                                parameter.required(), parameter.defaultJson(), false, parameter.header()));
            }
            @SuppressWarnings("unchecked")
            RuntimeValue<Invoker<Object, Object>> invoker = (RuntimeValue<Invoker<Object, Object>>) (RuntimeValue<?>) recorderContext
                    .newInstance(invokerByTool.get(tool.name()).invoker().getClassName());
            metadata.add(new ToolMetadata(tool.name(), tool.methodDescription(), tool.bean().getIdentifier(),
                    listingByTool.get(tool.name()),
                    parameters, tool.executionModel(), tool.asynchrony(), tool.resultKind(),
                    tool.requiredClientCapabilities(), invoker));
        }
        RuntimeValue<McpServer> server = recorder.createServer(metadata, vertx.getVertx(),
                shutdown);
        return new McpServerBuildItem(server);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void registerRoutes(McpRecorder recorder, McpServerBuildItem server, McpBuildTimeConfig config,
            BuildProducer<RouteBuildItem> routes) {
        routes.produce(RouteBuildItem.builder()
                .route(config.http().path())
                .handler(recorder.streamableHttpHandler(server.server()))
                .displayOnNotFoundPage("MCP Streamable HTTP endpoint")
                .build());
        if (config.websocket().enabled()) {
            routes.produce(RouteBuildItem.builder()
                    .route(config.websocket().path())
                    .handler(recorder.webSocketHandler(server.server()))
                    .displayOnNotFoundPage("MCP WebSocket endpoint")
                    .build());
        }
    }

    /**
     * Dev mode: a guard on the MCP paths that runs before Quarkus's dev-mode handler, so that a build broken by an
     * edit reaches clients as JSON-RPC errors. Quarkus's handler sits on the router that serves the root path; ours
     * are added to that router only when the root path is "/". Under another root path Quarkus's handler sits on a
     * router of its own, which an extension cannot add to first, and a broken build reaches clients as its HTML page.
     */
    @BuildStep(onlyIf = IsDevelopment.class)
    @Record(ExecutionTime.RUNTIME_INIT)
    void registerDevModeGuard(McpRecorder recorder, McpServerBuildItem server, McpBuildTimeConfig config,
            HttpRootPathBuildItem rootPath, BuildProducer<RouteBuildItem> routes) {
        if (!"/".equals(rootPath.getRootPath())) {
            return;
        }
        Handler<RoutingContext> guard = recorder.devModeGuard(server.server());
        List<String> paths = config.websocket().enabled()
                ? List.of(config.http().path(), config.websocket().path())
                : List.of(config.http().path());
        for (String path : paths) {
            routes.produce(RouteBuildItem.builder()
                    .orderedRoute(path, RouteConstants.ROUTE_ORDER_HOT_REPLACEMENT)
                    .handler(guard)
                    .build());
        }
    }

    /** The WebSocket handshake needs subprotocol {@code mcp} and our message size limit in the server's options. */
    @BuildStep
    void configureWebSocketServer(McpBuildTimeConfig config, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (config.websocket().enabled()) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(WebSocketServerOptions.class));
        }
    }

    /**
     * {@code quarkus.mcp.stdio.enabled=true} implies, at run time, the console log on stderr, no banner and no HTTP
     * port, unless the user sets them: one build serves HTTP and stdio.
     */
    @BuildStep
    RunTimeConfigBuilderBuildItem defaultStdioConfig() {
        return new RunTimeConfigBuilderBuildItem(StdioConfigDefaults.class);
    }

    /**
     * stdio takes stdout before any startup code can print to it: a {@link ServiceStartBuildItem} is done before the
     * application's {@code StartupEvent}.
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    StdioOutputBuildItem claimStandardOutput(McpRecorder recorder, BuildProducer<ServiceStartBuildItem> started) {
        started.produce(new ServiceStartBuildItem("mcp-stdio"));
        return new StdioOutputBuildItem(recorder.claimStandardOutput());
    }

    /** stdio reads its first message once the application has started, like a socket that opens then. */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void startStdio(McpRecorder recorder, McpServerBuildItem server, StdioOutputBuildItem stdout,
            CoreVertxBuildItem vertx, ShutdownContextBuildItem shutdown, ApplicationStartBuildItem applicationStarted) {
        recorder.startStdio(server.server(), stdout.stdout(), vertx.getVertx(), shutdown);
    }
}
