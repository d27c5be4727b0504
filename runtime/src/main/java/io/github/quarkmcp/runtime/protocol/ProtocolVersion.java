package io.github.quarkmcp.runtime.protocol;

import java.util.List;

/**
 * The MCP protocol versions this server speaks, newest first. Versions are dates, so they compare as text.
 * <p>
 * Two eras: the <em>legacy</em> versions (2025-11-25 and before) open a session with {@code initialize}; the
 * <em>modern</em> ones (2026-07-28 on) are stateless, every request carrying its version and the client's
 * capabilities in {@code _meta}.
 */
public final class ProtocolVersion {

    public static final String V2026_07_28 = "2026-07-28";
    public static final String V2025_11_25 = "2025-11-25";
    public static final String V2025_06_18 = "2025-06-18";
    public static final String V2025_03_26 = "2025-03-26";

    /** The newest version that {@code initialize} can negotiate: the modern versions have no {@code initialize}. */
    public static final String LATEST_LEGACY = V2025_11_25;

    /** What a Streamable HTTP request without {@code MCP-Protocol-Version} is taken to speak (spec). */
    public static final String HTTP_DEFAULT = V2025_03_26;

    public static final List<String> SUPPORTED = List.of(V2026_07_28, V2025_11_25, V2025_06_18, V2025_03_26);

    /** The supported versions as a JSON array, for {@code server/discover} and version errors. */
    static final String SUPPORTED_JSON = "[\"" + String.join("\",\"", SUPPORTED) + "\"]";

    private ProtocolVersion() {
    }

    public static boolean isSupported(String version) {
        return SUPPORTED.contains(version);
    }

    /** Whether {@code version} is of the stateless era (per-request {@code _meta}, no {@code initialize}). */
    public static boolean isModern(String version) {
        return version != null && atLeast(version, V2026_07_28);
    }

    /** The version to answer {@code initialize} with: the client's when it is a legacy one we speak, else our newest. */
    public static String negotiate(String requested) {
        return isSupported(requested) && !isModern(requested) ? requested : LATEST_LEGACY;
    }

    /** Whether {@code version} is {@code since} or newer. */
    public static boolean atLeast(String version, String since) {
        return version.compareTo(since) >= 0;
    }

    /** JSON-RPC batches were allowed only in 2025-03-26. */
    public static boolean allowsBatches(String version) {
        return !atLeast(version, V2025_06_18);
    }

    /**
     * From 2025-11-25 on, arguments that fail validation are a tool execution error the model can correct
     * ({@code isError: true}); before, they were a protocol error ({@code -32602}).
     */
    public static boolean reportsInvalidArgumentsAsToolError(String version) {
        return atLeast(version, V2025_11_25);
    }
}
