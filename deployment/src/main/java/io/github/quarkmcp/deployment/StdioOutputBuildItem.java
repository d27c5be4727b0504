package io.github.quarkmcp.deployment;

import java.io.OutputStream;
import java.util.Optional;

import io.quarkus.builder.item.SimpleBuildItem;
import io.quarkus.runtime.RuntimeValue;

/**
 * The process's real stdout, taken for the stdio transport before the application's startup code runs (empty inside
 * when {@code quarkus.mcp.stdio.enabled} is off, which is decided at run time).
 */
public final class StdioOutputBuildItem extends SimpleBuildItem {

    private final RuntimeValue<Optional<OutputStream>> stdout;

    public StdioOutputBuildItem(RuntimeValue<Optional<OutputStream>> stdout) {
        this.stdout = stdout;
    }

    public RuntimeValue<Optional<OutputStream>> stdout() {
        return stdout;
    }
}
