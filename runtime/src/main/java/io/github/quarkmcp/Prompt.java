package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a bean method as an MCP prompt: listed by {@code prompts/list}, rendered by {@code prompts/get}.
 * <p>
 * Its {@code String} parameters are the prompt's arguments (described by {@link PromptArg}); a parameter of type
 * {@link McpContext} receives the context of the request. The method returns the messages: a {@code String} (one
 * user message), a {@link PromptMessage}, a {@code List} of them, or a {@code Uni} or {@code CompletionStage} of any
 * of these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompt {

    /** The prompt's name, unique in the application; defaults to the method name. */
    String name() default "";

    /** A human-readable title for user interfaces. */
    String title() default "";

    /** What the prompt is for. */
    String description() default "";
}
