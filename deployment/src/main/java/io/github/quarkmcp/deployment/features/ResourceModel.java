package io.github.quarkmcp.deployment.features;

import io.github.quarkmcp.runtime.resources.ContentsKind;

/**
 * A validated {@code @Resource} ({@code template} false) or {@code @ResourceTemplate} method.
 *
 * @param uri the URI, or the URI template
 */
public record ResourceModel(String uri, boolean template, String name, String title, String description,
        String mimeType, ContentsKind contentsKind, ServedMethodModel method) {
}
