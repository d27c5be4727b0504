package io.github.quarkmcp.deployment.test.forms;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code URI}, {@code LocalDate} and the date-time types fix their own format (Jackson reads them in it): a different
 * one would ask the user for text the record cannot be read from. The same one may be written out.
 */
public class InvalidFormFormatConflictTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Profile.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField format must be 'uri', the format of java.net.URI, or unset, but is 'email' for"
                            + " component 'homepage': " + Profile.class.getName(),
                    "@FormField format must be 'date-time', the format of java.time.Instant, or unset, but is 'date'"
                            + " for component 'since': " + Profile.class.getName()));

    @Test
    void buildFails() {
    }

    record Profile(@FormField(format = "email") URI homepage, @FormField(format = "uri") URI avatar,
            @FormField(format = "date") Instant since) {
    }

    static class Tools {

        @Tool
        String profile(McpContext ctx) {
            return ctx.elicit("About you", Profile.class).toString();
        }
    }
}
