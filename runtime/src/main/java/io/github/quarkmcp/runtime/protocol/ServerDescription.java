package io.github.quarkmcp.runtime.protocol;

/**
 * What this server tells a client in the {@code initialize} result. The result is the same for every client but
 * for the version, so it is written once and the version spliced in.
 */
public final class ServerDescription {

    private final String beforeVersion = "{\"protocolVersion\":\"";
    private final String afterVersion;

    public ServerDescription(String name, String version, String instructions) {
        StringBuilder rest = new StringBuilder("\",\"capabilities\":{\"tools\":{\"listChanged\":false},\"logging\":{}}")
                .append(",\"serverInfo\":{\"name\":").append(JsonRpc.quote(name))
                .append(",\"version\":").append(JsonRpc.quote(version)).append('}');
        if (instructions != null) {
            rest.append(",\"instructions\":").append(JsonRpc.quote(instructions));
        }
        this.afterVersion = rest.append('}').toString();
    }

    /** The {@code initialize} result for a negotiated version. */
    public String initializeResult(String protocolVersion) {
        return beforeVersion + protocolVersion + afterVersion;
    }
}
