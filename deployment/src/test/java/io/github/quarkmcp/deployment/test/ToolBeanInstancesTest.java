package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Which bean instance a tool runs on, call after call: a {@code @Dependent} bean gets a new instance per call,
 * destroyed when the call is over; a bean of any other scope (the default {@code @Singleton}, {@code
 * @ApplicationScoped}) is created once and serves every call.
 */
public class ToolBeanInstancesTest {

    static final AtomicInteger DEPENDENT_CREATED = new AtomicInteger();
    static final AtomicInteger DEPENDENT_DESTROYED = new AtomicInteger();
    static final AtomicInteger SINGLETON_CREATED = new AtomicInteger();
    static final AtomicInteger APPLICATION_SCOPED_CREATED = new AtomicInteger();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, DependentTools.class,
                    DefaultScopeTools.class, ApplicationScopedTools.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void aDependentBeanServesOneCallAndIsDestroyedAfterIt() {
        McpTestClient client = McpTestClient.connect(mcp);
        for (int call = 1; call <= 3; call++) {
            assertEquals("instance " + call + ", destroyed before it: " + (call - 1), call(client, "dependent_call"));
        }
        assertEquals(3, DEPENDENT_DESTROYED.get());
    }

    @Test
    void aBeanOfAnyOtherScopeIsCreatedOnceAndServesEveryCall() {
        McpTestClient client = McpTestClient.connect(mcp);
        for (int call = 1; call <= 3; call++) {
            assertEquals("instance 1, call " + call, call(client, "singleton_call"));
            assertEquals("instance 1, call " + call, call(client, "application_scoped_call"));
        }
    }

    private static String call(McpTestClient client, String tool) {
        return client.result("tools/call", JsonNodeFactory.instance.objectNode().put("name", tool))
                .path("content").path(0).path("text").asText();
    }

    @Dependent
    public static class DependentTools {

        private final int instance = DEPENDENT_CREATED.incrementAndGet();

        @Tool(name = "dependent_call")
        public String call() {
            return "instance " + instance + ", destroyed before it: " + DEPENDENT_DESTROYED.get();
        }

        @PreDestroy
        void destroyed() {
            DEPENDENT_DESTROYED.incrementAndGet();
        }
    }

    public static class DefaultScopeTools {

        private final int instance = SINGLETON_CREATED.incrementAndGet();
        private final AtomicInteger calls = new AtomicInteger();

        @Tool(name = "singleton_call")
        public String call() {
            return "instance " + instance + ", call " + calls.incrementAndGet();
        }
    }

    @ApplicationScoped
    public static class ApplicationScopedTools {

        private int instance;
        private final AtomicInteger calls = new AtomicInteger();

        // A normal-scoped bean's client proxy is also an instance of the class: count the contextual instance only.
        @PostConstruct
        void created() {
            instance = APPLICATION_SCOPED_CREATED.incrementAndGet();
        }

        @Tool(name = "application_scoped_call")
        public String call() {
            return "instance " + instance + ", call " + calls.incrementAndGet();
        }
    }
}
