package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** The spec names four string formats; a client may refuse a form with any other. */
public class InvalidFormUnknownFormatTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Contact.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField format must be one of email, uri, date, date-time, but is 'phone' for component"
                            + " 'phone': " + Contact.class.getName()));

    @Test
    void buildFails() {
    }

    record Contact(@FormField(format = "email") String email, @FormField(format = "phone") String phone) {
    }

    static class Tools {

        @Tool
        String contact(McpContext ctx) {
            return ctx.elicit("How can we reach you?", Contact.class).toString();
        }
    }
}
