package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a bean method as an MCP resource with a fixed URI: listed by {@code resources/list}, read by
 * {@code resources/read}.
 * <p>
 * The method returns the resource's contents: a {@code String} (text), a {@code byte[]} (binary, sent as base64),
 * a {@link ResourceContents}, a {@code List} of them, or a {@code Uni} or {@code CompletionStage} of any of these. A
 * parameter of type {@link McpContext} receives the context of the read: a slow read reports progress, logs and sees
 * cancellation exactly like a tool. A class with {@code @Resource} methods and no scope becomes a {@code @Singleton}
 * bean.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resource {

    /** The resource's URI, unique in the application, e.g. {@code file:///reports/latest.csv}. */
    String uri();

    /** The resource's name; defaults to the method name. */
    String name() default "";

    /** A human-readable title for user interfaces. */
    String title() default "";

    /** What the resource holds. */
    String description() default "";

    /** The media type of its contents, e.g. {@code text/csv}; none by default. */
    String mimeType() default "";
}
