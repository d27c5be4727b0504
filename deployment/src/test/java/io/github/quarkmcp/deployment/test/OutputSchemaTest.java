package io.github.quarkmcp.deployment.test;

import static io.github.quarkmcp.deployment.test.JsonAssertions.assertJson;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A tool whose result is an object (record, POJO or map) declares its shape as {@code outputSchema}, because the
 * client gets it as {@code structuredContent}; a tool whose result is text, a scalar or an array declares none.
 */
public class OutputSchemaTest {

    private static final String POINT = """
            {'type': 'object', 'properties': {'x': {'type': 'integer'}, 'y': {'type': 'integer'}}}
            """;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(McpTestClient.class, JsonAssertions.class, Tools.class,
                    Point.class, Customer.class, Order.class, OrderLine.class, Size.class));

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void recordResultIsDescribed() {
        assertJson(POINT, outputSchema("point"));
    }

    @Test
    void pojoResultIsDescribed() {
        assertJson("{'type': 'object', 'properties': {'name': {'type': 'string'}, 'age': {'type': 'integer'}}}",
                outputSchema("customer"));
    }

    @Test
    void nestedRecordResultIsDescribed() {
        assertJson("""
                {'type': 'object',
                 'properties': {'id': {'type': 'string'},
                                'lines': {'type': 'array',
                                          'items': {'type': 'object',
                                                    'properties': {'sku': {'type': 'string'},
                                                                   'quantity': {'type': 'integer'}}}}}}
                """, outputSchema("order"));
    }

    @Test
    void asynchronousResultIsDescribedByWhatItCompletesWith() {
        assertJson(POINT, outputSchema("uniPoint"));
        assertJson(POINT, outputSchema("completionStagePoint"));
    }

    @Test
    void mapResultIsObjectWithValuesAsAdditionalProperties() {
        assertJson("{'type': 'object', 'additionalProperties': {'type': 'integer'}}", outputSchema("counts"));
    }

    @Test
    void resultThatIsNotAnObjectHasNoOutputSchema() {
        McpTestClient client = McpTestClient.connect(mcp);
        assertAll(Stream.of("text", "nothing", "number", "points", "size", "uniText")
                .map(client::tool)
                .map(tool -> () -> assertFalse(tool.has("outputSchema"), () -> "Unexpected outputSchema: " + tool)));
    }

    private JsonNode outputSchema(String tool) {
        return McpTestClient.connect(mcp).tool(tool).get("outputSchema");
    }

    record Point(int x, int y) {
    }

    record OrderLine(String sku, int quantity) {
    }

    record Order(String id, List<OrderLine> lines) {
    }

    enum Size {
        SMALL,
        LARGE
    }

    public static class Customer {

        private String name;
        private int age;

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
        Point point() {
            return new Point(1, 2);
        }

        @Tool
        Customer customer() {
            return new Customer();
        }

        @Tool
        Order order() {
            return new Order("1", List.of());
        }

        @Tool
        Uni<Point> uniPoint() {
            return Uni.createFrom().item(new Point(1, 2));
        }

        @Tool
        CompletionStage<Point> completionStagePoint() {
            return CompletableFuture.completedStage(new Point(1, 2));
        }

        @Tool
        Map<String, Integer> counts() {
            return Map.of();
        }

        @Tool
        String text() {
            return "";
        }

        @Tool
        void nothing() {
        }

        @Tool
        int number() {
            return 0;
        }

        @Tool
        List<Point> points() {
            return List.of();
        }

        @Tool
        Size size() {
            return Size.SMALL;
        }

        @Tool
        Uni<String> uniText() {
            return Uni.createFrom().item("");
        }
    }
}
