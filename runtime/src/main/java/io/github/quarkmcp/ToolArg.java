package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes an argument of a {@link Tool} method. Optional: without it an argument is named after the
 * parameter and is required unless its type is {@code Optional}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ToolArg {

    /** Marks "no default value"; an annotation attribute cannot be null. */
    String NO_DEFAULT = "<<no default>>";

    /** The argument's name in the tool's input; defaults to the parameter name. */
    String name() default "";

    /** What the argument means; becomes the {@code description} of its JSON Schema. */
    String description() default "";

    /** Whether a call must supply the argument. Ignored (false) for {@code Optional} or defaulted arguments. */
    boolean required() default true;

    /**
     * The value used when a call omits the argument. For string and enum arguments it is the text itself;
     * for any other type it is JSON ({@code "5"}, {@code "true"}, {@code "[\"a\"]"}). Checked at build time.
     */
    String defaultValue() default NO_DEFAULT;

    /**
     * Mirrors the argument into an HTTP header, {@code Mcp-Param-<header>}, that 2026-07-28 clients send with each
     * Streamable HTTP call, so that gateways can route on it without reading the body ({@code x-mcp-header} in the
     * argument's schema). The server refuses a call whose header does not match the argument. Only for string,
     * integer and boolean arguments; the name must be an HTTP token ({@code A-Z a-z 0-9 !#$%&'*+-.^_`|~}), unique
     * (ignoring case) within the tool. Checked at build time.
     */
    String header() default "";
}
