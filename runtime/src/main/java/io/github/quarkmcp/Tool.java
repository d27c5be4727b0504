package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a bean method as an MCP tool.
 * <p>
 * The method's parameters become the tool's arguments (described by {@link ToolArg}); a parameter of type
 * {@link McpContext} receives the context of the call instead. The return value becomes the tool result:
 * a {@code String} becomes text, a record or POJO becomes {@code structuredContent} plus its JSON as text,
 * {@code void} becomes an empty result, and a {@code Uni} or {@code CompletionStage} of any of these is
 * awaited without blocking. Throwing {@link ToolCallException} (or any exception) produces a result with
 * {@code isError: true}.
 * <p>
 * A class with {@code @Tool} methods and no scope annotation becomes a {@code @Singleton} bean.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /**
     * The tool's name, unique in the application and matching {@code [A-Za-z0-9_.-]{1,128}}.
     * Defaults to the method name.
     */
    String name() default "";

    /** A human-readable title for user interfaces. */
    String title() default "";

    /** What the tool does; the model reads this to decide when to call it. */
    String description() default "";

    /**
     * The tool's {@code inputSchema} as a JSON object, written out, instead of the one the build generates from the
     * parameters: for schemas that need {@code $defs} of their own naming, {@code additionalProperties: false} or
     * keywords the generator does not write. It is listed exactly as given, and must be a JSON object with
     * {@code "type": "object"} (checked at build time). The arguments are still decoded into the parameters' types.
     *
     * <pre>{@code
     * @Tool(inputSchema = """
     *         {"type": "object", "properties": {"city": {"type": "string"}}, "additionalProperties": false}
     *         """)
     * }</pre>
     */
    String inputSchema() default "";

    /**
     * The client capabilities the tool needs ({@code "elicitation"}, {@code "sampling"}, {@code "roots"}, or any
     * other top-level capability name). A call from a client that did not declare one of them is refused before the
     * tool runs: with {@code MissingRequiredClientCapabilityError} ({@code -32021}) in the stateless protocol
     * (2026-07-28), and with a tool error naming the missing capabilities in earlier versions, which have no such
     * error.
     */
    String[] requiredClientCapabilities() default {};

    /**
     * The longest a call may run, as a duration ({@code 30s}, {@code 5m}, {@code PT1H}); empty for the global
     * {@code quarkus.mcp.tools.timeout} (off by default). A call past it is cancelled (the tool sees
     * {@link McpContext#isCancelled()}) and answered with an error result that says so, so that a tool that never
     * returns cannot hold its client, its stream and its place forever. Checked at build time.
     */
    String timeout() default "";

    /** Hints about the tool's behaviour; clients must treat them as untrusted. */
    Annotations annotations() default @Annotations;

    /**
     * Behaviour hints of a tool (MCP {@code ToolAnnotations}). Each hint is sent only when it was set, so a
     * client falls back to the spec's defaults for the others.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Annotations {

        /** The tool does not change its environment. */
        Hint readOnlyHint() default Hint.UNSET;

        /** The tool may perform destructive updates (meaningful only when not read-only). */
        Hint destructiveHint() default Hint.UNSET;

        /** Calling the tool again with the same arguments has no further effect. */
        Hint idempotentHint() default Hint.UNSET;

        /** The tool interacts with an open world of external entities. */
        Hint openWorldHint() default Hint.UNSET;
    }

    /** A three-valued hint, because "not said" differs from {@code false} in the MCP spec. */
    enum Hint {
        UNSET,
        TRUE,
        FALSE
    }
}
