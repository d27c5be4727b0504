package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The {@code inputSchema} of tools whose arguments are records or POJOs: an object with the properties Jackson reads,
 * nested types described in place, and a type used more than once defined once under {@code $defs}.
 */
public class ObjectArgumentSchemaTest {

    private static final String ORDER_LINE = """
            {'type': 'object', 'properties': {'sku': {'type': 'string'}, 'quantity': {'type': 'integer'}}}
            """;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class,
                    Point.class, Customer.class, Order.class, OrderLine.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void recordIsObjectOfItsComponents() {
        assertJson("""
                {'type': 'object',
                 'properties': {'point': {'type': 'object',
                                          'properties': {'x': {'type': 'integer'}, 'y': {'type': 'integer'}}}},
                 'required': ['point']}
                """, inputSchema("locate"));
    }

    @Test
    void pojoIsObjectOfItsBeanProperties() {
        assertJson("""
                {'type': 'object',
                 'properties': {'customer': {'type': 'object',
                                             'properties': {'name': {'type': 'string'},
                                                            'age': {'type': 'integer'}}}},
                 'required': ['customer']}
                """, inputSchema("register"));
    }

    @Test
    void nestedRecordsAreDescribedInPlace() {
        assertJson("""
                {'type': 'object',
                 'properties': {'order': {'type': 'object',
                                          'properties': {'id': {'type': 'string'},
                                                         'lines': {'type': 'array', 'items': %s}}}},
                 'required': ['order']}
                """.formatted(ORDER_LINE), inputSchema("placeOrder"));
    }

    /** Each use keeps its own description, although both refer to one definition. */
    @Test
    void recordUsedTwiceIsDefinedOnceAndReferenced() {
        assertJson("""
                {'type': 'object',
                 'properties': {'from': {'$ref': '#/$defs/Point', 'description': 'Where the route starts'},
                                'to': {'$ref': '#/$defs/Point', 'description': 'Where the route ends'}},
                 'required': ['from', 'to'],
                 '$defs': {'Point': {'type': 'object',
                                     'properties': {'x': {'type': 'integer'}, 'y': {'type': 'integer'}}}}}
                """, inputSchema("route"));
    }

    private JsonNode inputSchema(String tool) {
        return McpTestClient.connect(mcp).tool(tool).get("inputSchema");
    }

    record Point(int x, int y) {
    }

    record OrderLine(String sku, int quantity) {
    }

    record Order(String id, List<OrderLine> lines) {
    }

    public static class Customer {

        private String name;
        private int age;
        // Jackson neither reads nor writes a field without accessors, so the schema must not show it.
        @SuppressWarnings("unused")
        private String internalNote;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    static class Tools {

        @Tool
        String locate(Point point) {
            return "";
        }

        @Tool
        String register(Customer customer) {
            return "";
        }

        @Tool
        String placeOrder(Order order) {
            return "";
        }

        @Tool
        String route(@ToolArg(description = "Where the route starts") Point from,
                @ToolArg(description = "Where the route ends") Point to) {
            return "";
        }
    }
}
