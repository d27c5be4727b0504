package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Resource;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * Every rule of a {@code @Resource} method, each broken by one method, all reported by one build; the valid methods
 * beside them are not.
 */
public class InvalidResourceTest {

    private static final String R = Resources.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Documents.class, Resources.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@Resource method must be declared on a bean class (a concrete class, not an interface): "
                            + Documents.class.getName() + "#manual()",
                    "@Resource method must return String, byte[], ResourceContents, a List<ResourceContents> or a"
                            + " record, POJO or map (written as JSON), or a Uni or CompletionStage of one, but returns int: " + R + "#count()",
                    "@Resource method must not be private: " + R + "#hidden()",
                    "@Resource method must return String, byte[], ResourceContents, a List<ResourceContents> or a"
                            + " record, POJO or map (written as JSON), or a Uni or CompletionStage of one, but returns java.util.List<java.lang.String>: " + R
                            + "#lines()",
                    "@Resource uri must be unique, but 'docs://readme' is also used by " + R + "#readme(): " + R
                            + "#readmeCopy()",
                    "@ResourceTemplate uriTemplate must be unique, but 'docs://readme' is also used by " + R
                            + "#readme(): " + R + "#readmeTemplate()",
                    "@Resource uri must be an absolute URI (with a scheme), but is 'reports/latest.csv': " + R
                            + "#relative()",
                    "@Resource method must not be static: " + R + "#shared()",
                    "@Resource method must declare at most one McpContext parameter: " + R
                            + "#twoContexts(io.github.quarkmcp.McpContext,io.github.quarkmcp.McpContext)",
                    "@Resource method must not be both @Blocking and @NonBlocking: " + R + "#undecided()",
                    "@Resource method may take no parameter but an McpContext, but parameter 1 is java.lang.String (a"
                            + " URI with variables is a @ResourceTemplate): " + R
                            + "#withParameter(io.github.quarkmcp.McpContext,java.lang.String)"));

    @Test
    void buildFails() {
    }

    /** No bean to call it on. */
    interface Documents {

        @Resource(uri = "docs://manual")
        String manual();
    }

    static class Resources {

        // --- valid ---

        @Resource(uri = "docs://readme", mimeType = "text/markdown")
        String readme() {
            return "# Read me";
        }

        @Resource(uri = "assets://logo.png", mimeType = "image/png")
        Uni<byte[]> logo(McpContext context) {
            return Uni.createFrom().item(new byte[] { 1, 2, 3 });
        }

        @Resource(uri = "docs://bundle")
        List<ResourceContents> bundle() {
            return List.of(ResourceContents.text("docs://bundle", null, "a"));
        }

        @Resource(uri = "docs://one")
        @Blocking
        CompletionStage<ResourceContents> one() {
            return CompletableFuture.completedFuture(ResourceContents.text("docs://one", null, "one"));
        }

        // --- invalid, one rule each ---

        @Resource(uri = "reports/latest.csv")
        String relative() {
            return "";
        }

        @Resource(uri = "docs://readme")
        String readmeCopy() {
            return "";
        }

        /** A template without variables is a URI too: it must not be that of a resource. */
        @ResourceTemplate(uriTemplate = "docs://readme")
        String readmeTemplate() {
            return "";
        }

        @Resource(uri = "docs://parameter")
        String withParameter(McpContext context, String name) {
            return name;
        }

        @Resource(uri = "docs://count")
        int count() {
            return 1;
        }

        @Resource(uri = "docs://lines")
        List<String> lines() {
            return List.of();
        }

        @Resource(uri = "docs://hidden")
        private String hidden() {
            return "";
        }

        @Resource(uri = "docs://shared")
        static String shared() {
            return "";
        }

        @Resource(uri = "docs://two-contexts")
        String twoContexts(McpContext first, McpContext second) {
            return "";
        }

        @Resource(uri = "docs://undecided")
        @Blocking
        @NonBlocking
        String undecided() {
            return "";
        }
    }
}
