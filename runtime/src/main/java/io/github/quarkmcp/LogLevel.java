package io.github.quarkmcp;

import java.util.Locale;
import java.util.Optional;

/** The syslog severities that MCP logging uses, from least to most severe. */
public enum LogLevel {
    DEBUG,
    INFO,
    NOTICE,
    WARNING,
    ERROR,
    CRITICAL,
    ALERT,
    EMERGENCY;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The name used on the wire, e.g. {@code "warning"}. */
    public String wireName() {
        return wireName;
    }

    /** Whether a message of this level passes a threshold (inclusive). */
    public boolean isAtLeast(LogLevel threshold) {
        return compareTo(threshold) >= 0;
    }

    /** The level with this wire name, if there is one. */
    public static Optional<LogLevel> fromWireName(String name) {
        for (LogLevel level : values()) {
            if (level.wireName.equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
