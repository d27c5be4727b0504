package io.github.quarkmcp.runtime.protocol;

import java.util.List;

/** The MCP protocol versions this server speaks, newest first. Versions are dates, so they compare as text. */
public final class ProtocolVersion {

    public static final String V2025_11_25 = "2025-11-25";
    public static final String V2025_06_18 = "2025-06-18";
    public static final String V2025_03_26 = "2025-03-26";

    public static final String LATEST = V2025_11_25;

    /** What a Streamable HTTP request without {@code MCP-Protocol-Version} is taken to speak (spec). */
    public static final String HTTP_DEFAULT = V2025_03_26;

    public static final List<String> SUPPORTED = List.of(V2025_11_25, V2025_06_18, V2025_03_26);

    private ProtocolVersion() {
    }

    public static boolean isSupported(String version) {
        return SUPPORTED.contains(version);
    }

    /** The version to answer {@code initialize} with: the client's when we speak it, else our newest. */
    public static String negotiate(String requested) {
        return isSupported(requested) ? requested : LATEST;
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
