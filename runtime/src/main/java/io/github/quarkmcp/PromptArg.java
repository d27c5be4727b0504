package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes an argument of a {@link Prompt} method. Optional: without it an argument is named after the parameter. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PromptArg {

    /** The argument's name; defaults to the parameter name. */
    String name() default "";

    /** What the argument means. */
    String description() default "";

    /** Whether a request must supply it; a missing required argument is refused with {@code -32602}. */
    boolean required() default true;
}
