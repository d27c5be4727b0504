package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suggests values for an argument of a prompt, or a variable of a resource template, as the user types
 * ({@code completion/complete}). Name exactly one of {@link #prompt()} and {@link #resourceTemplate()}.
 * <p>
 * The method takes the value typed so far ({@code String}) and optionally the {@link McpContext}, and returns the
 * suggestions, best first: a {@code List<String>}, or a {@code Uni} or {@code CompletionStage} of one. The client
 * gets at most 100 of them, with {@code total} and {@code hasMore} saying how many there were.
 *
 * <pre>{@code
 * @Complete(prompt = "summarise", argument = "id")
 * List<String> exportIds(String prefix) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Complete {

    /** The name of the prompt whose argument this completes. */
    String prompt() default "";

    /** The URI template of the resource template whose variable this completes. */
    String resourceTemplate() default "";

    /** The argument (or template variable) it completes. */
    String argument();
}
