package io.github.quarkmcp.runtime.resources;

import io.github.quarkmcp.runtime.invocation.MethodMetadata;
import io.quarkus.runtime.annotations.RecordableConstructor;

/**
 * A {@code @Resource} or {@code @ResourceTemplate} method as the build described it.
 */
public final class ResourceMetadata {

    private final String uri;
    private final boolean template;
    private final String mimeType;
    private final String listingJson;
    private final ContentsKind contentsKind;
    private final MethodMetadata method;

    /**
     * @param uri the resource's URI, or the template's URI template
     * @param template whether {@code uri} is a URI template
     * @param mimeType the declared media type, or {@code null}
     * @param listingJson the resource (or template) as {@code resources/list} (or {@code resources/templates/list})
     *        shows it
     * @param method how to call the method; a template's variables are its parameters' names
     */
    @RecordableConstructor
    public ResourceMetadata(String uri, boolean template, String mimeType, String listingJson, ContentsKind contentsKind,
            MethodMetadata method) {
        this.uri = uri;
        this.template = template;
        this.mimeType = mimeType;
        this.listingJson = listingJson;
        this.contentsKind = contentsKind;
        this.method = method;
    }

    public String getUri() {
        return uri;
    }

    public boolean isTemplate() {
        return template;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getListingJson() {
        return listingJson;
    }

    public ContentsKind getContentsKind() {
        return contentsKind;
    }

    public MethodMetadata getMethod() {
        return method;
    }
}
