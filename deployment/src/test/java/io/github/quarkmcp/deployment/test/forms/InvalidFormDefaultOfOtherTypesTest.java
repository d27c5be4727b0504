package io.github.quarkmcp.deployment.test.forms;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Every kind of field checks its default: booleans take {@code true} or {@code false} only, numbers are JSON numbers,
 * and a string's default must be in its format, since the client checks the answer against it.
 */
public class InvalidFormDefaultOfOtherTypesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Trip.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg defaultValue must be true or false, but is 'yes' for component 'returnTrip': "
                            + Trip.class.getName(),
                    "@ToolArg defaultValue must be a finite number, but is 'cheap' for component 'budget': "
                            + Trip.class.getName(),
                    "@ToolArg defaultValue must be one character, but is 'ab' for component 'seatRow': "
                            + Trip.class.getName(),
                    "@ToolArg defaultValue must be a date (RFC 3339 full-date, such as 2026-12-01), but is"
                            + " '24.12.2026' for component 'day': " + Trip.class.getName(),
                    "@ToolArg defaultValue must be a date-time with an offset (RFC 3339, such as"
                            + " 2026-12-01T10:15:30Z), but is '2026-12-24T20:00' for component 'departure': "
                            + Trip.class.getName(),
                    "@ToolArg defaultValue must be an absolute URI, but is '/tickets' for component 'tickets': "
                            + Trip.class.getName(),
                    "@ToolArg defaultValue must be an email address, but is 'nobody' for component 'email': "
                            + Trip.class.getName()));

    @Test
    void buildFails() {
    }

    record Trip(@ToolArg(defaultValue = "yes") boolean returnTrip, @ToolArg(defaultValue = "cheap") double budget,
            @ToolArg(defaultValue = "ab") char seatRow, @ToolArg(defaultValue = "24.12.2026") LocalDate day,
            @ToolArg(defaultValue = "2026-12-24T20:00") OffsetDateTime departure,
            @ToolArg(defaultValue = "/tickets") URI tickets,
            @ToolArg(defaultValue = "nobody") @FormField(format = "email") String email,
            @ToolArg(defaultValue = "2026-12-24T20:00:00+01:00") OffsetDateTime valid) {
    }

    static class Tools {

        @Tool
        String travel(McpContext ctx) {
            return ctx.elicit("Where to?", Trip.class).toString();
        }
    }
}
