package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.ProdModeTestResults;
import io.quarkus.test.ProdBuildResults;
import io.quarkus.test.QuarkusProdModeTest;

/**
 * Runs the native-image build steps (without GraalVM: sources only) and checks that every type a tool's arguments
 * and results reach is registered for reflection, so Jackson can read and write them in a native executable. The
 * registrations come from the build's own model of the tools, never from a hand-kept list.
 */
public class NativeRegistrationTest {

    @RegisterExtension
    static final QuarkusProdModeTest test = new QuarkusProdModeTest()
            .withApplicationRoot(jar -> jar.addClasses(NativeTools.class, NativeTools.Order.class,
                    NativeTools.Line.class, NativeTools.Product.class, NativeTools.Status.class, NativeTools.Address.class,
                    NativeTools.Receipt.class, NativeTools.Summary.class, NativeTools.Tag.class))
            .setApplicationName("native-registration")
            .setApplicationVersion("1")
            .setRun(false)
            .overrideConfigKey("quarkus.native.enabled", "true")
            .overrideConfigKey("quarkus.native.sources-only", "true");

    @ProdBuildResults
    ProdModeTestResults results;

    /** Every class reachable from the tools' signatures, through fields, element types and map values. */
    private static final List<Class<?>> REACHABLE = List.of(NativeTools.Order.class, NativeTools.Line.class,
            NativeTools.Product.class, NativeTools.Status.class, NativeTools.Address.class, NativeTools.Receipt.class,
            NativeTools.Summary.class, NativeTools.Tag.class);

    @Test
    void everyTypeReachableFromAToolIsRegisteredForReflection() throws IOException {
        Set<String> registered = reflectionRegistrations(results.getBuildDir());
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : REACHABLE) {
            if (!registered.contains(type.getName())) {
                missing.add(type.getName());
            }
        }
        assertTrue(missing.isEmpty(), "not registered for reflection: " + missing);
    }

    /** The class names in the reflect-config.json that the native build wrote into the runner jar. */
    private static Set<String> reflectionRegistrations(Path buildDir) throws IOException {
        Path runner;
        try (Stream<Path> files = Files.walk(buildDir)) {
            runner = files.filter(path -> path.toString().endsWith("-runner.jar")
                    && path.getParent().getFileName().toString().equals("native-sources")).findFirst()
                    .orElseThrow(() -> new AssertionError("no native-sources runner jar under " + buildDir));
        }
        try (JarFile jar = new JarFile(runner.toFile());
                InputStream config = jar.getInputStream(jar.getEntry("META-INF/native-image/reflect-config.json"))) {
            Set<String> names = new TreeSet<>();
            for (JsonNode entry : new ObjectMapper().readTree(config)) {
                names.add(entry.path("name").asText());
            }
            return names;
        }
    }
}
