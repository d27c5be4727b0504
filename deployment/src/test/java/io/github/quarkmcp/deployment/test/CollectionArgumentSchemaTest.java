package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The {@code inputSchema} of tools with one argument that is an array, a collection or a map: arrays and collections
 * are JSON arrays of their element's schema, maps are JSON objects whose values have the map value's schema.
 */
public class CollectionArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class,
                    Price.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void stringArrayIsArrayOfStrings() {
        assertOnlyArgument("stringArray", "{'type': 'array', 'items': {'type': 'string'}}");
    }

    @Test
    void intArrayIsArrayOfIntegers() {
        assertOnlyArgument("intArray", "{'type': 'array', 'items': {'type': 'integer'}}");
    }

    @Test
    void listIsArrayOfItsElements() {
        assertOnlyArgument("stringList", "{'type': 'array', 'items': {'type': 'string'}}");
    }

    @Test
    void setIsArrayOfItsElements() {
        assertOnlyArgument("integerSet", "{'type': 'array', 'items': {'type': 'integer'}}");
    }

    @Test
    void mapIsObjectWithValuesAsAdditionalProperties() {
        assertOnlyArgument("integerMap", "{'type': 'object', 'additionalProperties': {'type': 'integer'}}");
    }

    @Test
    void mapOfRecordsDescribesTheRecordAsAdditionalProperties() {
        assertOnlyArgument("recordMap", """
                {'type': 'object',
                 'additionalProperties': {'type': 'object',
                                          'properties': {'amount': {'type': 'number'},
                                                         'currency': {'type': 'string'}}}}
                """);
    }

    /** The argument, named {@code value}, is the tool's only property and is required. */
    private void assertOnlyArgument(String tool, String valueSchema) {
        assertJson("{'type': 'object', 'properties': {'value': " + valueSchema + "}, 'required': ['value']}",
                McpTestClient.connect(mcp).tool(tool).get("inputSchema"));
    }

    record Price(double amount, String currency) {
    }

    static class Tools {

        @Tool
        String stringArray(String[] value) {
            return "";
        }

        @Tool
        String intArray(int[] value) {
            return "";
        }

        @Tool
        String stringList(List<String> value) {
            return "";
        }

        @Tool
        String integerSet(Set<Integer> value) {
            return "";
        }

        @Tool
        String integerMap(Map<String, Integer> value) {
            return "";
        }

        @Tool
        String recordMap(Map<String, Price> value) {
            return "";
        }
    }
}
