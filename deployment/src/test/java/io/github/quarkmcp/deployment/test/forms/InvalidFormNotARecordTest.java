package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A form's fields are its record's components, read in declaration order: a class or an interface has no such order
 * and no canonical constructor to read the answer into. The message names every place that asks the form.
 */
public class InvalidFormNotARecordTest {

    private static final String CONTEXT = McpContext.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class, Contact.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "Elicitation form must be a record, whose components are the form's fields, but is a class: "
                            + Booking.class.getName() + " (asked by " + Tools.class.getName() + "#book(" + CONTEXT
                            + "), " + Tools.class.getName() + "#rebook(" + CONTEXT + "))",
                    "Elicitation form must be a record, whose components are the form's fields, but is an interface: "
                            + Contact.class.getName() + " (asked by " + Tools.class.getName() + "#contact(" + CONTEXT
                            + "))"));

    @Test
    void buildFails() {
    }

    static class Booking {
        public String name;
    }

    interface Contact {
        String email();
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("Book a table", Booking.class).toString();
        }

        @Tool
        String rebook(McpContext ctx) {
            return ctx.elicitAsync("Book again", Booking.class).await().indefinitely().toString();
        }

        @Tool
        String contact(McpContext ctx) {
            return ctx.elicit("How can we reach you?", Contact.class).toString();
        }
    }
}
