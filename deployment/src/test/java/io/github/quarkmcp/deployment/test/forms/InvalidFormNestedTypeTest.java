package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** The spec's forms are flat: a field is one primitive value, never an object. */
public class InvalidFormNestedTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Delivery.class, Address.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "Elicitation form field type must be String, char, URI, LocalDate, OffsetDateTime, Instant,"
                            + " ZonedDateTime, byte, short, int, long, BigInteger, float, double, BigDecimal, boolean"
                            + " (or their boxes), an enum, a Set, List or EnumSet of an enum, or an Optional of one of"
                            + " these, but is " + Address.class.getName() + " (a form is flat: a record or class cannot"
                            + " be a field) for component 'address': " + Delivery.class.getName()));

    @Test
    void buildFails() {
    }

    record Address(String street, String city) {
    }

    record Delivery(String name, Address address) {
    }

    static class Tools {

        @Tool
        String deliver(McpContext ctx) {
            return ctx.elicit("Where to?", Delivery.class).toString();
        }
    }
}
