package io.github.quarkmcp.runtime.protocol;

/**
 * What this server tells clients about itself: the {@code initialize} result (legacy), the {@code server/discover}
 * result (modern), and the fields every modern result carries. All of it is written once; the per-result work is a
 * splice of ready text.
 */
public final class ServerDescription {

    /** How long clients may cache list results, and who may ({@code public} or {@code private}). */
    public record CacheHints(long ttlMillis, String scope) {
        String fields() {
            return "\"ttlMs\":" + Math.max(0, ttlMillis) + ",\"cacheScope\":" + JsonRpc.quote(scope);
        }
    }

    /**
     * What the server offers besides tools, and which of its lists can change while a client is connected: the
     * capabilities it advertises, and the notifications a {@code subscriptions/listen} stream can have.
     */
    public record Offered(boolean toolsListChanged, boolean resources, boolean resourcesListChanged, boolean prompts,
            boolean promptsListChanged, boolean completions) {

        String capabilities() {
            StringBuilder json = new StringBuilder("{\"tools\":{\"listChanged\":").append(toolsListChanged).append('}');
            if (resources) {
                json.append(",\"resources\":{\"subscribe\":true,\"listChanged\":").append(resourcesListChanged).append('}');
            }
            if (prompts) {
                json.append(",\"prompts\":{\"listChanged\":").append(promptsListChanged).append('}');
            }
            if (completions) {
                json.append(",\"completions\":{}");
            }
            return json.append(",\"logging\":{}}").toString();
        }
    }

    private static final String BEFORE_VERSION = "{\"protocolVersion\":\"";

    private final String afterVersion;
    private final String serverInfoMeta;
    private final String modernFields;
    private final String cacheableFields;
    private final String changingListFields;
    private final String readFields;
    private final String discoverResult;
    private final Offered offered;

    public ServerDescription(String name, String version, String instructions, Offered offered, CacheHints listCache) {
        this.offered = offered;
        String serverInfo = "{\"name\":" + JsonRpc.quote(name) + ",\"version\":" + JsonRpc.quote(version) + "}";
        String capabilities = offered.capabilities();
        String instructionsField = instructions == null ? "" : ",\"instructions\":" + JsonRpc.quote(instructions);
        this.afterVersion = "\",\"capabilities\":" + capabilities + ",\"serverInfo\":" + serverInfo + instructionsField
                + "}";
        this.serverInfoMeta = "\"" + Eras.SERVER_INFO + "\":" + serverInfo;
        this.modernFields = "\"resultType\":\"complete\",\"_meta\":{" + serverInfoMeta + "}";
        this.cacheableFields = modernFields + "," + listCache.fields();
        // A list that can change while clients hold it is stale at once: its list_changed says when to ask again.
        this.changingListFields = modernFields + "," + new CacheHints(0, listCache.scope()).fields();
        // What a read returns is the application's data, which may differ per user and change at any time.
        this.readFields = modernFields + "," + new CacheHints(0, "private").fields();
        this.discoverResult = cacheable("{\"supportedVersions\":" + ProtocolVersion.SUPPORTED_JSON + ",\"capabilities\":"
                + capabilities + instructionsField + "}");
    }

    /** What the server offers, and which of its lists can change. */
    public Offered offered() {
        return offered;
    }

    /** The {@code initialize} result for a negotiated version. */
    public String initializeResult(String protocolVersion) {
        return BEFORE_VERSION + protocolVersion + afterVersion;
    }

    /** The {@code server/discover} result. */
    public String discoverResult() {
        return discoverResult;
    }

    /** {@code result} (a JSON object without {@code resultType} or {@code _meta}) as a modern, complete result. */
    public String complete(String result) {
        return splice(result, modernFields);
    }

    /** {@code result} as a modern, complete result with the caching hints of a list fixed at build time. */
    public String cacheable(String result) {
        return splice(result, cacheableFields);
    }

    /** A modern list result: cacheable as configured if the list is fixed, immediately stale if it can change. */
    public String list(String result, boolean canChange) {
        return splice(result, canChange ? changingListFields : cacheableFields);
    }

    /** A modern {@code resources/read} result: immediately stale and private, since it is the application's data. */
    public String read(String result) {
        return splice(result, readFields);
    }

    /** A modern, complete result with nothing but its {@code _meta}, which has {@code metaFields} too. */
    public String completeWithMeta(String metaFields) {
        return "{\"resultType\":\"complete\",\"_meta\":{" + serverInfoMeta + "," + metaFields + "}}";
    }

    /**
     * A modern {@code InputRequiredResult}: the call needs the client's answers first. {@code fields} are its
     * {@code inputRequests} and {@code requestState}, as JSON object members.
     */
    public String inputRequired(String fields) {
        return "{\"resultType\":\"input_required\"," + fields + ",\"_meta\":{" + serverInfoMeta + "}}";
    }

    private static String splice(String object, String fields) {
        return object.length() == 2 ? "{" + fields + "}" : "{" + fields + "," + object.substring(1);
    }
}
