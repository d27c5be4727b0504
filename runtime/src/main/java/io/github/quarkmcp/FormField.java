package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How one field of an elicitation form (a record passed to {@link McpContext#elicit(String, Class)}) is shown,
 * beyond its name, description and default, which {@link ToolArg} gives as for a tool argument. On an enum constant,
 * {@link #title()} is the label the user sees for that choice.
 * <p>
 * Every attribute is checked at build time against the field's type: the MCP spec allows bounds on numbers and
 * strings, formats on strings, item counts on multiple choices, and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
public @interface FormField {

    /** Means "not set" for the numeric attributes. */
    long UNSET = Long.MIN_VALUE;

    /** The label shown for the field (or, on an enum constant, for the choice). */
    String title() default "";

    /** For a string: one of {@code email}, {@code uri}, {@code date}, {@code date-time}. */
    String format() default "";

    /** For a string: its least length. */
    long minLength() default UNSET;

    /** For a string: its greatest length. */
    long maxLength() default UNSET;

    /** For a number or integer: its least value. */
    long minimum() default UNSET;

    /** For a number or integer: its greatest value. */
    long maximum() default UNSET;

    /** For a multiple choice (a set or list of an enum): the fewest choices. */
    long minItems() default UNSET;

    /** For a multiple choice: the most choices. */
    long maxItems() default UNSET;
}
