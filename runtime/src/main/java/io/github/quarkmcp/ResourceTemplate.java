package io.github.quarkmcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a bean method as an MCP resource template: a family of resources whose URIs match an RFC 6570 URI
 * template, listed by {@code resources/templates/list} and read by {@code resources/read} with a matching URI.
 * <p>
 * Each variable of the template binds to the parameter of the same name (or {@link ResourceTemplate.Variable}), of
 * type {@code String} or any type a string converts to ({@code int}, {@code long}, {@code boolean}, an enum...); its
 * value is percent-decoded. Supported: simple {@code {var}} expansion, which matches one path segment (no
 * {@code /}), and reserved {@code {+var}} expansion, which matches the rest of the URI, slashes included. A
 * parameter of type {@link McpContext} receives the context of the read. The method returns what a
 * {@link Resource} method returns, or {@code null} when there is no resource at the URI it was asked for (the client
 * gets the protocol's "resource not found").
 * <p>
 * Matching happens before percent-decoding, so a value can hold any character once decoded, a {@code /} or
 * {@code ..} included ({@code %2F}): check a value before building a file path from it.
 *
 * <pre>{@code
 * @ResourceTemplate(uriTemplate = "exports://{year}/{month}", mimeType = "application/json")
 * ExportSummary export(int year, String month, McpContext ctx) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResourceTemplate {

    /** The URI template, unique in the application, e.g. {@code exports://{year}/{month}}. */
    String uriTemplate();

    /** The template's name; defaults to the method name. */
    String name() default "";

    /** A human-readable title for user interfaces. */
    String title() default "";

    /** What the resources of this template hold. */
    String description() default "";

    /** The media type of their contents; none by default. */
    String mimeType() default "";

    /** Names the template variable a parameter binds to, when it differs from the parameter's name. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Variable {
        String value();
    }
}
