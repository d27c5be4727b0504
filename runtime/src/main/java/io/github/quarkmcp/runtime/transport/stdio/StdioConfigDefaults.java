package io.github.quarkmcp.runtime.transport.stdio;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.quarkus.runtime.configuration.ConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The defaults that {@code quarkus.mcp.stdio.enabled=true} implies, decided when the application starts (the switch is
 * a run-time property, so one build serves both): the console log on stderr, no banner, and no HTTP port (a desktop
 * client may start several copies of the server, which must not fight over 8080).
 * <p>
 * They come from a config source of low ordinal ({@value #ORDINAL}), present only when the switch is on: anything the
 * user sets (application.properties, 250; environment, 300; {@code -D}, 400) still wins, so
 * {@code quarkus.http.host-enabled=true} serves HTTP beside stdio. Registered for the run-time config by the build.
 */
public final class StdioConfigDefaults implements ConfigBuilder {

    static final String ENABLED = "quarkus.mcp.stdio.enabled";
    static final int ORDINAL = 50;
    static final Map<String, String> DEFAULTS = Map.of(
            "quarkus.log.console.stderr", "true",
            "quarkus.banner.enabled", "false",
            "quarkus.http.host-enabled", "false");

    @Override
    public SmallRyeConfigBuilder configBuilder(SmallRyeConfigBuilder builder) {
        return builder.withSources(new ConfigSourceFactory() {
            @Override
            public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
                ConfigValue enabled = context.getValue(ENABLED);
                if (enabled == null || !"true".equalsIgnoreCase(enabled.getValue())) {
                    return List.of();
                }
                return List.of(new PropertiesConfigSource(DEFAULTS, "quarkus-mcp stdio defaults", ORDINAL));
            }
        });
    }
}
