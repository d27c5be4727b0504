package io.github.quarkmcp.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.github.quarkmcp.deployment.tools.JavaTypes;
import io.github.quarkmcp.deployment.tools.MethodShapes;
import io.github.quarkmcp.deployment.tools.ToolListing;
import io.github.quarkmcp.deployment.tools.ToolModel;
import io.github.quarkmcp.deployment.tools.ToolParameterModel;
import io.github.quarkmcp.deployment.tools.ToolSchemas;
import io.github.quarkmcp.deployment.tools.ToolValidator;
import io.github.quarkmcp.deployment.features.CompletionModel;
import io.github.quarkmcp.deployment.features.FeatureListing;
import io.github.quarkmcp.deployment.features.FeatureValidator;
import io.github.quarkmcp.deployment.features.PromptModel;
import io.github.quarkmcp.deployment.features.ResourceModel;
import io.github.quarkmcp.deployment.features.ServedMethodModel;
import io.github.quarkmcp.deployment.forms.FormCallSites;
import io.github.quarkmcp.deployment.forms.FormModel;
import io.github.quarkmcp.deployment.forms.FormSchemas;
import io.github.quarkmcp.deployment.forms.FormValidator;
import io.github.quarkmcp.runtime.completions.CompletionMetadata;
import io.github.quarkmcp.runtime.invocation.Asynchrony;
import io.github.quarkmcp.runtime.invocation.MethodMetadata;
import io.github.quarkmcp.runtime.prompts.PromptMetadata;
import io.github.quarkmcp.runtime.resources.ContentsKind;
import io.github.quarkmcp.runtime.resources.ResourceMetadata;
import io.github.quarkmcp.runtime.resources.RunTimeResources;
import io.github.quarkmcp.runtime.McpRecorder;
import io.github.quarkmcp.runtime.forms.FormMetadata;
import io.github.quarkmcp.runtime.notifications.ServerChangeNotifier;
import io.github.quarkmcp.runtime.config.McpBuildTimeConfig;
import io.github.quarkmcp.runtime.protocol.McpServer;
import io.github.quarkmcp.runtime.invocation.CurrentMcpContext;
import io.github.quarkmcp.runtime.invocation.ParameterMetadata;
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
import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
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
 * record the registry and register the transports' routes (and, in dev mode, the guard ahead of them). The
 * elicitation forms that tools ask with go the same way: found, checked, described, registered for reflection. One
 * verb per step, in that order.
 */
class McpProcessor {

    private static final String FEATURE = "mcp";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * A class with {@code @Tool}, {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} or {@code @Complete}
     * methods is a bean even without a scope: it becomes a {@code @Singleton}.
     */
    @BuildStep
    AutoAddScopeBuildItem makeServingClassesBeans() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(McpDotNames.SERVED.toArray(DotName[]::new))
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @Tool, @Resource, @ResourceTemplate, @Prompt or @Complete methods")
                .build();
    }

    /**
     * Beans with served methods are looked up by their invokers only, which ArC does not count as use; a bean that
     * declared its own scope would otherwise be removed as unused.
     */
    @BuildStep
    UnremovableBeanBuildItem keepServingBeans() {
        return new UnremovableBeanBuildItem(bean -> bean.isClassBean()
                && McpDotNames.SERVED.stream().anyMatch(bean.getTarget().get().asClass()::hasAnnotation));
    }

    /** Served methods are entry points: {@code @Blocking}, {@code @NonBlocking} and virtual threads apply. */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem allowExecutionModelAnnotations() {
        return new ExecutionModelAnnotationsAllowedBuildItem(
                method -> McpDotNames.SERVED.stream().anyMatch(method::hasDeclaredAnnotation));
    }

    /** {@code @Inject McpContext} during a tool call. */
    @BuildStep
    AdditionalBeanBuildItem registerContextBean() {
        return AdditionalBeanBuildItem.unremovableOf(CurrentMcpContext.class);
    }

    /** {@code @Inject McpNotifier} and {@code @Inject McpResources}, which the recorder connects to the server. */
    @BuildStep
    AdditionalBeanBuildItem registerNotifierBean() {
        return AdditionalBeanBuildItem.builder().addBeanClasses(ServerChangeNotifier.class, RunTimeResources.class)
                .setUnremovable().build();
    }

    /** Every {@code @Tool}, {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} and {@code @Complete} method. */
    @BuildStep
    void collectServedMethods(BeanDiscoveryFinishedBuildItem beanDiscovery, CombinedIndexBuildItem index,
            BuildProducer<ServedMethodBuildItem> methods) {
        forEachServedMethod(beanDiscovery, index, McpDotNames.SERVED,
                (bean, method, annotation) -> methods.produce(new ServedMethodBuildItem(bean, method, annotation)));
    }

    /** What a collecting step does with each annotated method: its bean ({@code null} if none), the method, the annotation. */
    @FunctionalInterface
    interface FoundMethod {
        void found(BeanInfo bean, MethodInfo method, AnnotationInstance annotation);
    }

    private static void forEachServedMethod(BeanDiscoveryFinishedBuildItem beanDiscovery, CombinedIndexBuildItem index,
            List<DotName> annotations, FoundMethod found) {
        Map<MethodInfo, BeanInfo> beansByMethod = new HashMap<>();
        beanDiscovery.beanStream().classBeans().forEach(bean -> {
            for (MethodInfo method : bean.getTarget().get().asClass().methods()) {
                beansByMethod.put(method, bean);
            }
        });
        for (DotName name : annotations) {
            for (AnnotationInstance annotation : index.getIndex().getAnnotations(name)) {
                if (annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
                    continue;
                }
                MethodInfo method = annotation.target().asMethod();
                BeanInfo bean = beansByMethod.get(method);
                if (bean == null && JavaTypes.isConcrete(method.declaringClass())) {
                    // A concrete class that is no bean was switched off (@IfBuildProfile, quarkus.arc.exclude-types...):
                    // its methods are off too.
                    continue;
                }
                found.found(bean, method, annotation);
            }
        }
    }

    @BuildStep
    void validateTools(List<ServedMethodBuildItem> methods, CombinedIndexBuildItem index,
            BuildProducer<ToolBuildItem> tools, BuildProducer<ValidationErrorBuildItem> errors) {
        // Sorted so that errors and tools come in the same order in every build.
        List<ServedMethodBuildItem> sorted = new ArrayList<>(of(methods, true));
        sorted.sort((a, b) -> ToolModel.describe(a.method()).compareTo(ToolModel.describe(b.method())));
        ToolValidator validator = new ToolValidator(index.getComputingIndex());
        for (ToolModel tool : validator.validate(sorted)) {
            tools.produce(new ToolBuildItem(tool));
        }
        reportProblems(validator.errors(), errors);
    }

    @BuildStep
    FeaturesBuildItem validateResourcesPromptsAndCompletions(List<ServedMethodBuildItem> methods,
            CombinedIndexBuildItem index, BuildProducer<ValidationErrorBuildItem> errors) {
        List<ServedMethodBuildItem> sorted = new ArrayList<>(of(methods, false));
        sorted.sort((a, b) -> ToolModel.describe(a.method()).compareTo(ToolModel.describe(b.method())));
        FeatureValidator validator = new FeatureValidator(index.getComputingIndex());
        validator.validate(sorted);
        reportProblems(validator.errors(), errors);
        return new FeaturesBuildItem(validator.resources(), validator.prompts(), validator.completions());
    }

    /**
     * The records the application asks the client to fill in: the class literals passed to {@code McpContext.elicit}
     * and {@code elicitAsync}, found in the bytecode, since Jandex does not see method bodies. Every application
     * archive is read, not only the application's own classes: tools may live in an indexed dependency too.
     */
    @BuildStep
    FormCallSitesBuildItem findElicitationForms(ApplicationArchivesBuildItem archives) {
        FormCallSites callSites = new FormCallSites();
        for (ApplicationArchive archive : archives.getAllApplicationArchives()) {
            callSites.scan(archive);
        }
        return new FormCallSitesBuildItem(callSites.callSitesByForm());
    }

    @BuildStep
    void validateElicitationForms(FormCallSitesBuildItem callSites, CombinedIndexBuildItem index,
            BuildProducer<ElicitationFormModelBuildItem> forms, BuildProducer<ValidationErrorBuildItem> errors) {
        FormValidator validator = new FormValidator(index.getComputingIndex());
        for (FormModel form : validator.validate(callSites.callSitesByForm())) {
            forms.produce(new ElicitationFormModelBuildItem(form));
        }
        reportProblems(validator.errors(), errors);
    }

    /** ArC reports the problems of every {@link ValidationErrorBuildItem} together, in one failed build. */
    private static void reportProblems(List<String> messages, BuildProducer<ValidationErrorBuildItem> errors) {
        if (!messages.isEmpty()) {
            List<Throwable> problems = new ArrayList<>();
            for (String message : messages) {
                problems.add(new IllegalStateException(message));
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
    void generateInvokers(List<ToolBuildItem> tools, FeaturesBuildItem features, InvokerFactoryBuildItem invokerFactory,
            BuildProducer<InvokerBuildItem> invokers, BuildProducer<ValidationErrorBuildItem> errors) {
        for (ToolBuildItem item : tools) {
            ToolModel tool = item.tool();
            invokers.produce(new InvokerBuildItem(tool.name(),
                    invokerFactory.createInvoker(tool.bean(), tool.method()).build()));
        }
        for (ServedMethodModel method : servedMethods(features)) {
            invokers.produce(new InvokerBuildItem(method.description(),
                    invokerFactory.createInvoker(method.bean(), method.method()).build()));
        }
    }

    /** The tool methods among {@code methods} ({@code tools} true), or the others. */
    private static List<ServedMethodBuildItem> of(List<ServedMethodBuildItem> methods, boolean tools) {
        return methods.stream().filter(found -> found.annotation().name().equals(McpDotNames.TOOL) == tools).toList();
    }

    private static List<ServedMethodModel> servedMethods(FeaturesBuildItem features) {
        List<ServedMethodModel> methods = new ArrayList<>();
        features.resources().forEach(resource -> methods.add(resource.method()));
        features.prompts().forEach(prompt -> methods.add(prompt.method()));
        features.completions().forEach(completion -> methods.add(completion.method()));
        return methods;
    }

    @BuildStep
    void generateSchemas(List<ToolBuildItem> tools, BuildProducer<ToolSchemaBuildItem> schemas) {
        ToolListing listing = new ToolListing(new ToolSchemas(Thread.currentThread().getContextClassLoader()));
        for (ToolBuildItem item : tools) {
            schemas.produce(new ToolSchemaBuildItem(item.tool().name(), listing.listingJson(item.tool())));
        }
    }

    @BuildStep
    void generateElicitationFormSchemas(List<ElicitationFormModelBuildItem> forms,
            BuildProducer<ElicitationFormBuildItem> schemas) {
        FormSchemas writer = new FormSchemas();
        for (ElicitationFormModelBuildItem item : forms) {
            FormModel form = item.form();
            schemas.produce(new ElicitationFormBuildItem(form.className(), form.key(), writer.schemaJson(form)));
        }
    }

    /** Jackson reads arguments and writes results by reflection; a native image must know those types. */
    @BuildStep
    void registerForReflection(List<ToolBuildItem> tools, FeaturesBuildItem features, CombinedIndexBuildItem index,
            BuildProducer<ReflectiveHierarchyBuildItem> hierarchies, BuildProducer<ReflectiveClassBuildItem> classes) {
        IndexView view = index.getComputingIndex();
        Map<String, List<Type>> typesByMethod = new LinkedHashMap<>();
        for (ToolBuildItem item : tools) {
            ToolModel tool = item.tool();
            List<Type> types = argumentTypes(tool.parameters());
            if (tool.resultType().kind() != Type.Kind.VOID) {
                types.add(tool.resultType());
            }
            typesByMethod.put(tool.methodDescription(), types);
        }
        // Prompt and completion results are our own types, written by hand, and so are most resource results: only
        // their arguments are read by Jackson (a template variable may be an enum), and a resource's record or POJO
        // written as JSON.
        for (ServedMethodModel method : servedMethods(features)) {
            typesByMethod.put(method.description(), argumentTypes(method.parameters()));
        }
        for (ResourceModel resource : features.resources()) {
            if (resource.contentsKind() == ContentsKind.JSON) {
                Type returned = resource.method().method().returnType();
                typesByMethod.get(resource.method().description()).add(resource.method().asynchrony() == Asynchrony.NONE
                        ? returned : MethodShapes.firstTypeArgument(returned));
            }
        }
        typesByMethod.forEach((source, types) -> {
            for (Type type : types) {
                if (type.kind() == Type.Kind.PRIMITIVE) {
                    continue;
                }
                hierarchies.produce(ReflectiveHierarchyBuildItem.builder(type).index(view).source(source).build());
                // The argument decoder resolves each declared type by name when the application starts.
                for (String className : JavaTypes.classNames(type)) {
                    classes.produce(ReflectiveClassBuildItem.builder(className).build());
                }
            }
        });
    }

    /**
     * Jackson reads an accepted answer into the form's record, and its choices into their enums, by reflection: a
     * native image must know them. A form is found by its call sites, not by its signature, so no tool's types reach it.
     */
    @BuildStep
    void registerElicitationFormsForReflection(List<ElicitationFormModelBuildItem> forms,
            BuildProducer<ReflectiveClassBuildItem> classes) {
        for (ElicitationFormModelBuildItem item : forms) {
            List<String> classNames = new ArrayList<>();
            classNames.add(item.form().className());
            classNames.addAll(item.form().enumClassNames());
            classes.produce(ReflectiveClassBuildItem.builder(classNames.toArray(String[]::new)).constructors().methods()
                    .fields().reason("elicitation form " + item.form().className()).build());
        }
    }

    private static List<Type> argumentTypes(List<ToolParameterModel> parameters) {
        List<Type> types = new ArrayList<>();
        for (ToolParameterModel parameter : parameters) {
            if (!parameter.context()) {
                types.add(parameter.type());
            }
        }
        return types;
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    McpServerBuildItem recordServer(McpRecorder recorder, RecorderContext recorderContext, List<ToolBuildItem> tools,
            FeaturesBuildItem features, List<InvokerBuildItem> invokers, List<ToolSchemaBuildItem> schemas,
            List<ElicitationFormBuildItem> forms, BeanDiscoveryFinishedBuildItem beanDiscovery, CoreVertxBuildItem vertx, ShutdownContextBuildItem shutdown) {
        Map<String, InvokerBuildItem> invokerByKey = new HashMap<>();
        invokers.forEach(invoker -> invokerByKey.put(invoker.key(), invoker));
        Map<String, String> listingByTool = new HashMap<>();
        schemas.forEach(schema -> listingByTool.put(schema.toolName(), schema.listingJson()));

        List<ToolModel> sorted = new ArrayList<>();
        tools.forEach(item -> sorted.add(item.tool()));
        sorted.sort((a, b) -> a.name().compareTo(b.name()));

        List<ToolMetadata> metadata = new ArrayList<>();
        for (ToolModel tool : sorted) {
            metadata.add(new ToolMetadata(tool.name(), listingByTool.get(tool.name()), tool.resultKind(),
                    tool.requiredClientCapabilities(), tool.timeoutMillis(), new MethodMetadata(tool.methodDescription(),
                            tool.bean().getIdentifier(), parameters(tool.parameters()), tool.executionModel(),
                            tool.asynchrony(), invoker(recorderContext, invokerByKey.get(tool.name())))));
        }
        FeatureListing listing = new FeatureListing();
        List<ResourceMetadata> resources = new ArrayList<>();
        for (ResourceModel resource : features.resources()) {
            resources.add(new ResourceMetadata(resource.uri(), resource.template(), resource.mimeType(),
                    listing.listingJson(resource), resource.contentsKind(),
                    methodMetadata(recorderContext, resource.method(), invokerByKey)));
        }
        List<PromptMetadata> prompts = new ArrayList<>();
        for (PromptModel prompt : features.prompts()) {
            prompts.add(new PromptMetadata(prompt.name(), prompt.description(), listing.listingJson(prompt),
                    prompt.messagesKind(), methodMetadata(recorderContext, prompt.method(), invokerByKey)));
        }
        List<CompletionMetadata> completions = new ArrayList<>();
        for (CompletionModel completion : features.completions()) {
            completions.add(new CompletionMetadata(completion.refType(), completion.ref(), completion.argument(),
                    methodMetadata(recorderContext, completion.method(), invokerByKey)));
        }
        // An application that injects McpResources adds resources at run time: its resource list can change.
        boolean runTimeResources = beanDiscovery.getInjectionPoints().stream()
                .anyMatch(point -> point.getRequiredType().name().equals(McpDotNames.MCP_RESOURCES));
        List<FormMetadata> formMetadata = new ArrayList<>();
        forms.forEach(form -> formMetadata.add(new FormMetadata(form.className(), form.key(), form.schemaJson())));
        RuntimeValue<McpServer> server = recorder.createServer(metadata, resources, prompts, completions, formMetadata,
                runTimeResources, vertx.getVertx(), shutdown);
        return new McpServerBuildItem(server);
    }

    private static List<ParameterMetadata> parameters(List<ToolParameterModel> models) {
        List<ParameterMetadata> parameters = new ArrayList<>();
        for (ToolParameterModel parameter : models) {
            parameters.add(parameter.context() ? ParameterMetadata.contextParameter()
                    : new ParameterMetadata(parameter.name(), JavaTypes.canonicalName(parameter.type()),
                            parameter.required(), parameter.defaultJson(), false, parameter.header()));
        }
        return parameters;
    }

    private static MethodMetadata methodMetadata(RecorderContext recorderContext, ServedMethodModel method,
            Map<String, InvokerBuildItem> invokerByKey) {
        return new MethodMetadata(method.description(), method.bean().getIdentifier(), parameters(method.parameters()),
                method.executionModel(), method.asynchrony(),
                invoker(recorderContext, invokerByKey.get(method.description())));
    }

    @SuppressWarnings("unchecked")
    private static RuntimeValue<Invoker<Object, Object>> invoker(RecorderContext recorderContext, InvokerBuildItem item) {
        return (RuntimeValue<Invoker<Object, Object>>) (RuntimeValue<?>) recorderContext
                .newInstance(item.invoker().getClassName());
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
