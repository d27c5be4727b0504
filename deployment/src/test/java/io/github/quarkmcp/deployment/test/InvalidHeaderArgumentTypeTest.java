package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/** The spec allows {@code x-mcp-header} on string, integer and boolean arguments only: not numbers, not structures. */
public class InvalidHeaderArgumentTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Point.class))
            .assertException(failure -> BuildProblems.assertExactly(failure,
                    "@ToolArg header is only for string, integer and boolean arguments, but argument 'tags' is"
                            + " java.util.List<java.lang.String>: " + Tools.class.getName() + "#list(java.util.List)",
                    "@ToolArg header is only for string, integer and boolean arguments, but argument 'ratio' is double: "
                            + Tools.class.getName() + "#number(double)",
                    "@ToolArg header is only for string, integer and boolean arguments, but argument 'point' is "
                            + Point.class.getName() + ": " + Tools.class.getName() + "#object("
                            + Point.class.getName() + ")"));

    @Test
    void buildFails() {
    }

    public record Point(int x, int y) {
    }

    static class Tools {

        @Tool
        String number(@ToolArg(header = "Ratio") double ratio) {
            return "";
        }

        @Tool
        String list(@ToolArg(header = "Tags") List<String> tags) {
            return "";
        }

        @Tool
        String object(@ToolArg(header = "Point") Point point) {
            return "";
        }

        @Tool
        String valid(@ToolArg(header = "A") String a, @ToolArg(header = "B") long b, @ToolArg(header = "C") Boolean c,
                @ToolArg(header = "D") Optional<Integer> d) {
            return "";
        }
    }
}
