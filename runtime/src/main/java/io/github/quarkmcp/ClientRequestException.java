package io.github.quarkmcp;

/**
 * The client could not give what a tool asked of it ({@link McpContext#elicit}, {@link McpContext#sample},
 * {@link McpContext#roots}): it did not declare the capability, answered with an error, sent an answer that does not
 * fit, or did not answer in time ({@code quarkus.mcp.client-requests.timeout}).
 * <p>
 * Left uncaught, it ends the tool call with an error result that says what went wrong, which the model can read.
 */
public class ClientRequestException extends ToolCallException {

    private static final long serialVersionUID = 1L;

    public ClientRequestException(String message) {
        super(message);
    }
}
