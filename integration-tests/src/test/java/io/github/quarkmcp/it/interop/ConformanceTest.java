package io.github.quarkmcp.it.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.it.ClientSession;
import io.github.quarkmcp.it.McpHttpClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs every server scenario of the official MCP conformance suite ({@code @modelcontextprotocol/conformance},
 * pinned in {@code src/test/js/package.json}) against this app built with the {@code conformance} profile, which
 * adds the tools the suite calls ({@code io.github.quarkmcp.it.conformance.ConformanceTools}).
 * <p>
 * {@code src/test/resources/conformance-expected.properties} says, for each scenario, {@code pass} or
 * {@code fail: <why>}. The test fails when an expected pass fails, and also when an expected failure passes: the
 * list of expected failures can only shrink. The CLI's output and each scenario's checks are kept under
 * {@code target/conformance/}.
 */
@QuarkusTest
@TestProfile(ConformanceTest.ConformanceProfile.class)
class ConformanceTest {

    /** The build profile under which the conformance tools exist. */
    public static class ConformanceProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "conformance";
        }
    }

    static final String CLI = "node_modules/@modelcontextprotocol/conformance/dist/index.js";
    static final String EXPECTED = "conformance-expected.properties";
    static final Duration TIMEOUT = Duration.ofMinutes(5);
    static final Path OUTPUT = Path.of("target", "conformance").toAbsolutePath();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A results folder is {@code server-<scenario>-<ISO time with : and . as ->}. */
    private static final Pattern RESULT_DIR = Pattern.compile("server-(.+)-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z");

    @TestHTTPResource("/mcp")
    URI endpoint;

    /**
     * What a scenario's checks said. It passes when at least one check succeeded and none failed, as the CLI's
     * tier report counts it: a scenario whose checks were all informational (e.g. server-sse-polling against a
     * server without its {@code test_reconnection} tool) proved nothing.
     */
    record Outcome(String scenario, int succeeded, List<String> failures, List<String> warnings) {
        boolean passed() {
            return failures.isEmpty() && succeeded > 0;
        }

        /** Why it did not pass. */
        String why() {
            return failures.isEmpty() ? "no check succeeded (nothing was exercised)" : String.join(" | ", failures);
        }
    }

    /** One line of the expected list: {@code pass}, or {@code fail: reason}. */
    record Expectation(boolean pass, String reason) {
    }

    @Test
    void everyServerScenarioMeetsTheCheckedInExpectation() throws IOException {
        Node.assumeInstalled();
        Map<String, Expectation> expected = readExpected();
        Path results = OUTPUT.resolve("results");
        deleteRecursively(results);

        Node.Run run = Node.run(OUTPUT, "cli", TIMEOUT, "--import", "./glob-sync-shim.mjs", CLI,
                "server", "--url", endpoint.toString(), "--suite", "all", "--output-dir", results.toString());
        assertFalse(run.timedOut(), () -> "The conformance suite did not finish within " + TIMEOUT + ": " + run.describe());
        // The CLI exits 1 when any check failed; anything else (a crash, a bad option) is not a conformance result.
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, () -> "The conformance CLI failed: " + run.describe());
        Map<String, Outcome> outcomes = readOutcomes(results);
        saveToolList();
        assertFalse(outcomes.isEmpty(), () -> "The conformance CLI saved no results: " + run.describe());

        int passed = 0;
        int expectedFailures = 0;
        List<String> unexpected = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Outcome outcome : outcomes.values()) {
            Expectation expectation = expected.get(outcome.scenario());
            String status = outcome.passed() ? "pass" : "FAIL";
            String notes = outcome.passed()
                    ? (outcome.warnings().isEmpty() ? "" : "  warnings: " + String.join(" | ", outcome.warnings()))
                    : "  " + outcome.why();
            table.append(String.format("  %-32s %s%s%n", outcome.scenario(), status, notes));
            if (outcome.passed()) {
                passed++;
            }
            if (expectation == null) {
                unexpected.add(outcome.scenario() + ": not listed in " + EXPECTED + " (it " + (outcome.passed()
                        ? "passes); add it as `pass`"
                        : "fails: " + outcome.why() + "); add it as `fail: <reason>`"));
            } else if (expectation.pass() && !outcome.passed()) {
                unexpected.add(outcome.scenario() + ": expected to pass, failed: " + outcome.why());
            } else if (!expectation.pass() && outcome.passed()) {
                unexpected.add(outcome.scenario() + ": expected to fail (" + expectation.reason()
                        + ") but passes now; move it to `pass` in " + EXPECTED);
            } else if (!expectation.pass()) {
                expectedFailures++;
            }
        }
        for (String scenario : expected.keySet()) {
            if (!outcomes.containsKey(scenario)) {
                unexpected.add(scenario + ": listed in " + EXPECTED + " but the suite did not run it (renamed or removed?)");
            }
        }
        String summary = "conformance: " + passed + " passed, " + expectedFailures + " expected failures, "
                + unexpected.size() + " unexpected";
        String report = "Conformance suite against " + endpoint + " (" + run.took().toMillis() + " ms):\n" + table
                + (unexpected.isEmpty() ? "" : "Unexpected:\n  " + String.join("\n  ", unexpected) + "\n") + summary + "\n";
        Files.writeString(OUTPUT.resolve("summary.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        if (!unexpected.isEmpty()) {
            fail(summary + "\n  " + String.join("\n  ", unexpected) + "\n(details in " + OUTPUT + ")");
        }
    }

    /** Keeps what tools/list says next to the results: the schemas are what json-schema-2020-12 judges. */
    private void saveToolList() throws IOException {
        ClientSession session = new McpHttpClient(endpoint).connect();
        JsonNode tools = session.request("tools/list", Map.of()).json().path("result").path("tools");
        Files.writeString(OUTPUT.resolve("tools-list.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tools),
                StandardCharsets.UTF_8);
        session.delete();
    }

    static Map<String, Expectation> readExpected() throws IOException {
        Map<String, Expectation> expected = new LinkedHashMap<>();
        try (InputStream in = ConformanceTest.class.getClassLoader().getResourceAsStream(EXPECTED)) {
            if (in == null) {
                fail("No " + EXPECTED + " on the test classpath");
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                String scenario = equals < 0 ? "" : trimmed.substring(0, equals).strip();
                String value = equals < 0 ? "" : trimmed.substring(equals + 1).strip();
                Expectation expectation;
                if (value.equals("pass")) {
                    expectation = new Expectation(true, null);
                } else if (value.startsWith("fail:") && !value.substring(5).isBlank()) {
                    expectation = new Expectation(false, value.substring(5).strip());
                } else {
                    throw new IllegalStateException(EXPECTED + " line " + number
                            + ": expected `<scenario> = pass` or `<scenario> = fail: <reason>`, got: " + line);
                }
                if (expected.put(scenario, expectation) != null) {
                    throw new IllegalStateException(EXPECTED + " line " + number + ": " + scenario + " is listed twice");
                }
            }
        }
        return expected;
    }

    /** The outcome of each scenario, from the {@code checks.json} the CLI saved for it. */
    static Map<String, Outcome> readOutcomes(Path results) throws IOException {
        Map<String, Outcome> outcomes = new TreeMap<>();
        if (!Files.isDirectory(results)) {
            return outcomes;
        }
        try (Stream<Path> dirs = Files.list(results)) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                Matcher name = RESULT_DIR.matcher(dir.getFileName().toString());
                Path checksFile = dir.resolve("checks.json");
                if (!name.matches() || !Files.isRegularFile(checksFile)) {
                    continue;
                }
                int succeeded = 0;
                List<String> failures = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                for (JsonNode check : JSON.readTree(checksFile.toFile())) {
                    String label = check.path("id").asText() + (check.hasNonNull("errorMessage")
                            ? ": " + check.get("errorMessage").asText()
                            : "");
                    switch (check.path("status").asText()) {
                        case "SUCCESS" -> succeeded++;
                        case "FAILURE" -> failures.add(label);
                        case "WARNING" -> warnings.add(label);
                        default -> {
                        }
                    }
                }
                outcomes.put(name.group(1), new Outcome(name.group(1), succeeded, failures, warnings));
            }
        }
        return outcomes;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dir, e);
        }
    }
}
