package io.github.quarkmcp.runtime.protocol;

/**
 * What this server tells a client in the {@code initialize} result. The result is the same for every client but
 * for the version, so it is written once and the version spliced in.
 */
public final class ServerDescription {

    private final String beforeVersion = "{\"protocolVersion\":\"";
    private final String afterVersion;

    /** @param toolsListChanged whether the tools can change while a client is connected (dev mode) */
    public ServerDescription(String name, String version, String instructions, boolean toolsListChanged) {
        StringBuilder rest = new StringBuilder("\",\"capabilities\":{\"tools\":{\"listChanged\":")
                .append(toolsListChanged).append("},\"logging\":{}}")
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
