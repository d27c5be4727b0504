package io.github.quarkmcp.runtime.config;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * MCP configuration fixed at build time: the routes are registered by the build.
 */
@ConfigMapping(prefix = "quarkus.mcp")
@ConfigRoot(phase = ConfigPhase.BUILD_AND_RUN_TIME_FIXED)
public interface McpBuildTimeConfig {

    /** Streamable HTTP transport. */
    Http http();

    /** WebSocket transport. */
    WebSocket websocket();

    interface WebSocket {

        /** Whether MCP is also served over WebSocket (one JSON-RPC message per text frame, subprotocol {@code mcp}). */
        @WithDefault("true")
        boolean enabled();

        /** The path of the WebSocket endpoint. */
        @WithDefault("/mcp/ws")
        String path();
    }

    interface Http {

        /**
         * The path of the Streamable HTTP endpoint (POST for messages, GET for the server's stream, DELETE to end
         * a session).
         */
        @WithDefault("/mcp")
        String path();
    }
}
