package io.github.quarkmcp.it;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.ToolCallException;

/** One tool for each kind of result a tool can return. */
public class ResultTools {

    private final AtomicInteger resets = new AtomicInteger();

    public enum Units {
        METRIC,
        IMPERIAL
    }

    public record Forecast(String city, double temperature, Units units) {
    }

    @Tool(description = "Greets someone by name.", annotations = @Tool.Annotations(readOnlyHint = Tool.Hint.TRUE))
    public String greet(@ToolArg(description = "who to greet") String name) {
        return "Hello, " + name + "!";
    }

    @Tool(description = "Tells the forecast for a city.")
    public Forecast forecast(String city, @ToolArg(defaultValue = "METRIC") Units units) {
        return new Forecast(city, units == Units.METRIC ? 21.5 : 70.7, units);
    }

    @Tool(description = "Resets the demo counter; returns nothing.",
            annotations = @Tool.Annotations(destructiveHint = Tool.Hint.FALSE, idempotentHint = Tool.Hint.TRUE))
    public void reset() {
        resets.incrementAndGet();
    }

    @Tool(description = "Always fails, to show how a tool reports an error.")
    public String fail(@ToolArg(description = "what to say went wrong", defaultValue = "it went wrong") String reason) {
        throw new ToolCallException(reason);
    }
}
