package io.github.quarkmcp.deployment.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.smallrye.mutiny.Uni;

/** Tools whose arguments and results reach types through fields, elements, map values and async results. */
public class NativeTools {

    public enum Status {
        OPEN,
        SHIPPED
    }

    public record Product(String sku, Map<String, Tag> tags) {
    }

    public record Tag(String label) {
    }

    public record Line(Product product, int quantity) {
    }

    public record Address(String city) {
    }

    /** A POJO, not a record, with a nested optional field. */
    public static class Order {
        public List<Line> lines;
        public Status status;
        public Optional<Address> deliverTo;
    }

    public record Receipt(String id, Summary summary) {
    }

    public record Summary(double total) {
    }

    @Tool
    Receipt place(Order order, McpContext ctx) {
        return new Receipt("1", new Summary(1));
    }

    @Tool
    Uni<List<Line>> lines(Status status) {
        return Uni.createFrom().item(List.of());
    }

    @Tool
    CompletionStage<Summary> summarize(Map<String, Order> orders) {
        return null;
    }
}
