package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * Every rule of a {@code @ResourceTemplate} method: a template that parses (only {@code {var}} and {@code {+var}}),
 * whose variables and parameters match one to one, with parameters a string converts to; each broken by one method,
 * all reported by one build. The valid templates beside them are not.
 */
public class InvalidResourceTemplateTest {

    private static final String T = Templates.class.getName();
    private static final String NOT_A_TEMPLATE = "@ResourceTemplate uriTemplate must be an RFC 6570 template of {var}"
            + " and {+var} expressions, but ";
    private static final String NOT_CONVERTIBLE = "must be a String, a primitive, a number, a UUID or an enum (a value"
            + " a string converts to), but is ";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Templates.class, Level.class, Point.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ResourceTemplate method must return String, byte[], ResourceContents, a List<ResourceContents> or a"
                            + " record, POJO or map (written as JSON), or a Uni or CompletionStage of one, but returns void: " + T
                            + "#badReturn(java.lang.String)",
                    NOT_A_TEMPLATE + "'repo://owner}' is not ('}' without '{' at 12): " + T
                            + "#closeWithoutOpen()",
                    "@ResourceTemplate parameter 'extra' must be a variable of the template, but user://{id} has"
                            + " [id]: " + T + "#extraParameter(java.lang.String,java.lang.String)",
                    NOT_A_TEMPLATE + "'pair://{a,b}' is not ({a,b} is not one variable name (letters, digits, _ and .;"
                            + " no lists or modifiers)): " + T + "#list(java.lang.String,java.lang.String)",
                    "@ResourceTemplate parameter 'tags' " + NOT_CONVERTIBLE + "java.util.List<java.lang.String>: " + T
                            + "#listParameter(java.util.List)",
                    NOT_A_TEMPLATE + "'search://items{?q}' is not (operator '?' is not supported (only {var} and"
                            + " {+var}) in {?q}): " + T + "#query(java.lang.String)",
                    "@ResourceTemplate parameter 'point' " + NOT_CONVERTIBLE + Point.class.getName() + ": " + T
                            + "#recordParameter(" + Point.class.getName() + ")",
                    NOT_A_TEMPLATE + "'twice://{id}/{id}' is not (variable id appears twice): " + T
                            + "#repeated(java.lang.String)",
                    NOT_A_TEMPLATE + "'repo://{owner' is not ('{' without '}' at 7): " + T
                            + "#unbalanced(java.lang.String)",
                    "@ResourceTemplate variable 'tab' must be bound to a parameter of the same name (or"
                            + " @ResourceTemplate.Variable): " + T + "#unboundVariable(java.lang.String)"));

    @Test
    void buildFails() {
    }

    enum Level {
        LOW,
        HIGH
    }

    record Point(int x, int y) {
    }

    static class Templates {

        // --- valid ---

        @ResourceTemplate(uriTemplate = "repo://{owner}/{+path}")
        String file(String owner, String path, McpContext context) {
            return owner + path;
        }

        @ResourceTemplate(uriTemplate = "issue://{id}")
        Uni<ResourceContents> issue(@ResourceTemplate.Variable("id") long number) {
            return Uni.createFrom().item(ResourceContents.text("issue://" + number, null, ""));
        }

        @ResourceTemplate(uriTemplate = "alerts://{level}/{since}/{ref}")
        List<ResourceContents> alerts(Level level, int since, UUID ref) {
            return List.of();
        }

        // --- invalid, one rule each ---

        @ResourceTemplate(uriTemplate = "repo://{owner")
        String unbalanced(String owner) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "repo://owner}")
        String closeWithoutOpen() {
            return "";
        }

        @ResourceTemplate(uriTemplate = "search://items{?q}")
        String query(String q) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "pair://{a,b}")
        String list(String a, String b) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "twice://{id}/{id}")
        String repeated(String id) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "user://{id}")
        String extraParameter(String id, String extra) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "user://{id}/{tab}")
        String unboundVariable(String id) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "points://{point}")
        String recordParameter(Point point) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "tags://{tags}")
        String listParameter(List<String> tags) {
            return "";
        }

        @ResourceTemplate(uriTemplate = "void://{id}")
        void badReturn(String id) {
        }
    }
}
