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

    interface Http {

        /**
         * The path of the Streamable HTTP endpoint (POST for messages, GET for the server's stream, DELETE to end
         * a session).
         */
        @WithDefault("/mcp")
        String path();
    }
}
