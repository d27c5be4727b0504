package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What every transport shares: the dispatcher, the sessions and the JSON mapper. */
public final class McpServer {

    private final McpDispatcher dispatcher;
    private final McpSessions sessions;
    private final ObjectMapper mapper;

    public McpServer(McpDispatcher dispatcher, McpSessions sessions, ObjectMapper mapper) {
        this.dispatcher = dispatcher;
        this.sessions = sessions;
        this.mapper = mapper;
    }

    public McpDispatcher dispatcher() {
        return dispatcher;
    }

    public McpSessions sessions() {
        return sessions;
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
