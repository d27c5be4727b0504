package io.github.quarkmcp.runtime.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.quarkmcp.LogLevel;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * MCP configuration read when the application starts.
 */
@ConfigMapping(prefix = "quarkus.mcp")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface McpRuntimeConfig {

    /** What the server says about itself in the {@code initialize} result. */
    ServerInfo serverInfo();

    /**
     * Instructions for the client's model, sent in the {@code initialize} result: how to use the tools together,
     * what the server is for.
     */
    Optional<String> instructions();

    /** Streamable HTTP transport. */
    Http http();

    /** WebSocket transport. */
    WebSocket websocket();

    /** STDIO transport: the application as the MCP server a desktop client launches. */
    Stdio stdio();

    /** MCP sessions. */
    Session session();

    /** Tool listing. */
    Tools tools();

    /** Logging to the client ({@code notifications/message}). */
    Log log();

    /** Progress notifications. */
    Progress progress();

    /** Resource listing. */
    Resources resources();

    /** Prompt listing. */
    Prompts prompts();

    /** Questions a tool asks its client in the 2025 protocol line ({@code McpContext.elicit}, {@code sample}, ...). */
    ClientRequests clientRequests();

    /** The {@code requestState} of the stateless protocol's multi round-trip requests (2026-07-28). */
    RequestState requestState();

    interface ClientRequests {

        /**
         * How long a 2025 call waits for the client's answer before the question fails with
         * {@code ClientRequestException}. An elicitation waits on a person, who may be away for a while: the default,
         * 10 minutes, is generous for that and still frees the worker of a question nobody will answer. (2026-07-28
         * calls do not wait: they end with the question.)
         */
        @WithDefault("10M")
        Duration timeout();
    }

    interface RequestState {

        /**
         * The secret that signs (HMAC-SHA256) each {@code requestState}, at least 32 bytes of UTF-8. Unset, a random
         * one is made at start-up: states then stop being valid when the server restarts, and servers behind one
         * load balancer do not accept each other's. Set the same secret on all of them (from a secret store, not the
         * source tree) when a client's retry may reach another server or outlive a restart.
         */
        Optional<String> key();

        /**
         * How long a {@code requestState} is valid: a retry that brings an older one is refused. Long enough for a
         * person to answer a question; short, since a state is a replayable token until then.
         */
        @WithDefault("10M")
        Duration ttl();
    }

    interface Resources {

        /** How many resources (or templates) one list page holds before the client must follow {@code nextCursor}. */
        @WithDefault("100")
        int pageSize();

        /**
         * Whether the server tells clients that its resource list can change ({@code resources.listChanged}).
         * Defaults to true in dev mode and when the application adds resources at run time ({@code McpResources}).
         */
        Optional<Boolean> listChanged();
    }

    interface Prompts {

        /** How many prompts one {@code prompts/list} page holds before the client must follow {@code nextCursor}. */
        @WithDefault("100")
        int pageSize();

        /**
         * Whether the server tells clients that its prompt list can change ({@code prompts.listChanged}), because the
         * application calls {@code McpNotifier.promptsListChanged()}. Defaults to true in dev mode only.
         */
        Optional<Boolean> listChanged();
    }

    /** Caching hints of 2026-07-28 list results ({@code ttlMs}, {@code cacheScope}). */
    Cache cache();

    interface Cache {

        /**
         * How long a client may keep a list result ({@code tools/list}, and {@code server/discover}) before asking
         * again ({@code ttlMs}). The lists are fixed when the application is built, so the default is an hour; in
         * dev mode, where an edit changes them, it is 0 unless set.
         */
        Optional<Duration> listTtl();

        /**
         * Who may cache list results: {@code public} (any client or shared proxy: the lists are the same for every
         * user) or {@code private} (only the same user's client).
         */
        @WithDefault("public")
        Scope scope();

        enum Scope {
            PUBLIC,
            PRIVATE
        }
    }

    interface Progress {

        /**
         * The least time between two progress notifications of one call. Reports closer together are coalesced:
         * the latest value wins, and it is always sent before the result. {@code 0} sends every report. The default,
         * 20 ms, lets a tool report in a tight loop at no cost while a person watching still sees up to 50 updates a
         * second.
         */
        @WithDefault("20ms")
        Duration minInterval();
    }

    interface ServerInfo {

        /** The server's name; defaults to {@code quarkus.application.name}. */
        Optional<String> name();

        /** The server's version; defaults to {@code quarkus.application.version}. */
        Optional<String> version();
    }

    interface Http {

        /**
         * The largest request body accepted; a larger one is refused with HTTP 413 before it is read in full.
         */
        @WithDefault("4M")
        MemorySize maxBodySize();

        /**
         * Browser origins allowed besides the server's own host and localhost, e.g.
         * {@code https://app.example.com}. A request whose {@code Origin} is not allowed gets HTTP 403; this is
         * the protection against DNS rebinding that the MCP spec asks for. {@code *} allows every origin.
         */
        Optional<List<String>> allowedOrigins();

        /**
         * How often the server writes an SSE comment line to an open event stream (a GET stream, or the answer to a
         * POST), so that proxies and idle timeouts do not cut a long call that reports nothing for a while. A call
         * that is still running after this long gets its answer as an event stream rather than plain JSON, so that
         * the comments can go out. The connection then stays open for as long as the tool runs, however long: the
         * client decides when to give up (by cancelling or closing it). {@code 0} turns this off.
         */
        @WithDefault("25S")
        Duration keepAliveInterval();
    }

    interface WebSocket {

        /** The largest message accepted; a larger one closes the socket with code 1009. */
        @WithDefault("4M")
        MemorySize maxMessageSize();

        /**
         * How often the server pings the client; a client that answers nothing (no pong, no message) for two
         * intervals is gone, and its socket is closed.
         */
        @WithDefault("30S")
        Duration pingInterval();

        /** How long a socket may go without a message while no call runs before the server closes it (code 1000). */
        @WithDefault("30M")
        Duration idleTimeout();

        /**
         * How many bytes may wait to be written to a client before the server stops reading its messages until it
         * catches up. Progress reports are coalesced meanwhile (the latest value is kept), so a slow reader never
         * makes the server buffer without bound.
         */
        @WithDefault("256K")
        MemorySize writeQueueMaxSize();
    }

    interface Stdio {

        /**
         * Whether the application speaks MCP on its standard input and output, one JSON-RPC message per line, for the
         * client that launched it; it then exits when its standard input closes. A run-time switch: the same build
         * serves HTTP without it. With it, stdout holds protocol messages only: {@code System.out}, the console log
         * ({@code quarkus.log.console.stderr} defaults to true) and the banner (off by default) go to stderr, and the
         * HTTP server opens no port unless {@code quarkus.http.host-enabled} says so.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The longest line (one message) accepted; a longer one is answered with JSON-RPC error -32600 (id null) and
         * discarded up to its end, and the server reads on.
         */
        @WithDefault("4M")
        MemorySize maxMessageSize();

        /**
         * How many bytes may wait to be written to stdout before the server stops reading stdin until the client
         * catches up. Progress reports are coalesced meanwhile (the latest value is kept), so a client that reads
         * slowly never makes the server buffer without bound.
         */
        @WithDefault("256K")
        MemorySize writeQueueMaxSize();

        /**
         * How long the process may take to exit once stdin is closed (the client's shutdown signal): the calls still
         * running are cancelled at once and the application stops; if it has not exited when this has passed (a tool
         * that ignores its cancellation), the process is halted, with exit status 0.
         */
        @WithDefault("2S")
        Duration shutdownGrace();
    }

    interface Session {

        /**
         * How long a session may stay unused (no message, no open stream) before the server forgets it; a client
         * that comes back later gets HTTP 404 and starts a new session.
         */
        @WithDefault("30M")
        Duration idleTimeout();

        /**
         * The most sessions held at once; an {@code initialize} beyond it is refused with HTTP 503 so that memory
         * stays bounded whatever clients do.
         */
        @WithDefault("10000")
        int maxSessions();

        /**
         * The most tool calls one session may have running at once; a call beyond it is refused with JSON-RPC
         * error -32000, so that one client cannot occupy every worker thread and starve the other sessions.
         */
        @WithDefault("32")
        int maxConcurrentCalls();
    }

    interface Tools {

        /**
         * The longest any tool call may run, for tools without their own {@code @Tool(timeout)}: a call past it is
         * cancelled and answered with an error result. Off by default: tools are for work that takes time, and only
         * the application knows how long is too long.
         */
        Optional<Duration> timeout();

        /** How many tools one {@code tools/list} page holds before the client must follow {@code nextCursor}. */
        @WithDefault("100")
        int pageSize();

        /**
         * Whether the server tells clients that its tool list can change ({@code tools.listChanged}), because the
         * application calls {@code McpNotifier.toolsListChanged()}. Defaults to true in dev mode, where an edit
         * changes the tools, and false otherwise.
         */
        Optional<Boolean> listChanged();
    }

    interface Log {

        /**
         * The level a 2025 session logs at until its client sends {@code logging/setLevel}. A 2026-07-28 request gets
         * log messages only when it names a level in its {@code _meta}, as that version requires.
         */
        @WithDefault("info")
        LogLevel defaultLevel();
    }
}
