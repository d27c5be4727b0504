package io.github.quarkmcp.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The application the build packaged, for the *IT tests that launch it themselves (stdio, the soak run): the native
 * executable when the build made one ({@code target/quarkus-artifact.properties} says so; failsafe passes its path
 * as {@code native.image.path}), else the runnable jar.
 */
public final class PackagedApp {

    /** This module's build directory. */
    public static final Path TARGET = Path.of("target").toAbsolutePath();

    private PackagedApp() {
    }

    public static boolean isNativeImage() {
        Properties properties = new Properties();
        Path file = TARGET.resolve("quarkus-artifact.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "native".equals(properties.getProperty("type"));
    }

    public static Path nativeExecutable() {
        return Path.of(System.getProperty("native.image.path"));
    }

    public static Path jar() {
        return TARGET.resolve("quarkus-app/quarkus-run.jar");
    }
}
