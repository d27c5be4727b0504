package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** The {@code inputSchema} of tools with one argument of a scalar type, as {@code tools/list} shows it. */
public class ScalarArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class,
                    Size.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void intIsInteger() {
        assertOnlyArgument("intArgument", "{'type': 'integer'}");
    }

    @Test
    void longIsInteger() {
        assertOnlyArgument("longArgument", "{'type': 'integer'}");
    }

    @Test
    void doubleIsNumber() {
        assertOnlyArgument("doubleArgument", "{'type': 'number'}");
    }

    @Test
    void booleanIsBoolean() {
        assertOnlyArgument("booleanArgument", "{'type': 'boolean'}");
    }

    @Test
    void boxedIntegerIsInteger() {
        assertOnlyArgument("boxedInteger", "{'type': 'integer'}");
    }

    @Test
    void boxedLongIsInteger() {
        assertOnlyArgument("boxedLong", "{'type': 'integer'}");
    }

    @Test
    void boxedDoubleIsNumber() {
        assertOnlyArgument("boxedDouble", "{'type': 'number'}");
    }

    @Test
    void boxedBooleanIsBoolean() {
        assertOnlyArgument("boxedBoolean", "{'type': 'boolean'}");
    }

    @Test
    void stringIsString() {
        assertOnlyArgument("string", "{'type': 'string'}");
    }

    @Test
    void enumIsStringOfItsConstants() {
        assertOnlyArgument("enumArgument", "{'type': 'string', 'enum': ['SMALL', 'MEDIUM', 'LARGE']}");
    }

    @Test
    void byteIsAnIntegerInRange() {
        assertOnlyArgument("byteArgument", "{'type': 'integer', 'minimum': -128, 'maximum': 127}");
    }

    /** The argument, named {@code value}, is the tool's only property and is required. */
    private void assertOnlyArgument(String tool, String valueSchema) {
        assertJson("{'type': 'object', 'properties': {'value': " + valueSchema + "}, 'required': ['value']}",
                McpTestClient.connect(mcp).tool(tool).get("inputSchema"));
    }

    enum Size {
        SMALL,
        MEDIUM,
        LARGE
    }

    static class Tools {

        @Tool
        String intArgument(int value) {
            return "";
        }

        @Tool
        String longArgument(long value) {
            return "";
        }

        @Tool
        String doubleArgument(double value) {
            return "";
        }

        @Tool
        String booleanArgument(boolean value) {
            return "";
        }

        @Tool
        String byteArgument(byte value) {
            return "";
        }

        @Tool
        String boxedInteger(Integer value) {
            return "";
        }

        @Tool
        String boxedLong(Long value) {
            return "";
        }

        @Tool
        String boxedDouble(Double value) {
            return "";
        }

        @Tool
        String boxedBoolean(Boolean value) {
            return "";
        }

        @Tool
        String string(String value) {
            return "";
        }

        @Tool
        String enumArgument(Size value) {
            return "";
        }
    }
}
