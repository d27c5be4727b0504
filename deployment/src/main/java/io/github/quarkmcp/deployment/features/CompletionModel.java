package io.github.quarkmcp.deployment.features;

/**
 * A validated {@code @Complete} method.
 *
 * @param refType {@code ref/prompt} or {@code ref/resource}
 * @param ref the prompt's name or the template's URI template
 */
public record CompletionModel(String refType, String ref, String argument, ServedMethodModel method) {
}
