package io.github.quarkmcp.deployment.test.forms;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.forms.FormFieldTypes;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** A multiple choice offers an enum's constants; the spec has no list of free text. */
public class InvalidFormListOfStringsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Post.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "Elicitation form field type must be " + FormFieldTypes.ALLOWED + ", but is"
                            + " java.util.List<java.lang.String> (a multiple choice is a Set, List or EnumSet of an"
                            + " enum, not of java.lang.String) for component 'tags': " + Post.class.getName()));

    @Test
    void buildFails() {
    }

    record Post(String title, List<String> tags) {
    }

    static class Tools {

        @Tool
        String post(McpContext ctx) {
            return ctx.elicit("What to post?", Post.class).toString();
        }
    }
}
