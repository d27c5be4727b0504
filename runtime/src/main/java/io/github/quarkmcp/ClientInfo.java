package io.github.quarkmcp;

/**
 * What an MCP client says of itself ({@code clientInfo}): self-reported, for display and logs, not for decisions.
 *
 * @param name the client's name
 * @param version its version, or {@code null} if it sent none
 */
public record ClientInfo(String name, String version) {
}
