package io.github.quarkmcp.deployment.test.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.deployment.test.BuildProblems;
import io.quarkus.test.QuarkusUnitTest;

/** Item counts bound a multiple choice: a single value has exactly one. */
public class InvalidFormMinItemsOnSingleChoiceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Size.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@FormField minItems is only for multiple choice fields (a Set, List or EnumSet of an enum), but"
                            + " the field is single choice (" + Size.class.getName() + ") for component 'size': "
                            + Order.class.getName(),
                    "@FormField maxItems is only for multiple choice fields (a Set, List or EnumSet of an enum), but"
                            + " the field is string (java.lang.String) for component 'note': " + Order.class.getName()));

    @Test
    void buildFails() {
    }

    enum Size {
        SMALL,
        LARGE
    }

    record Order(@FormField(minItems = 1) Size size, @FormField(maxItems = 2) String note) {
    }

    static class Tools {

        @Tool
        String order(McpContext ctx) {
            return ctx.elicit("Which size?", Order.class).toString();
        }
    }
}
