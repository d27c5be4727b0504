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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.quarkmcp.it.ClientSession;
import io.github.quarkmcp.it.McpHttpClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs the server scenarios of the official MCP conformance suite ({@code @modelcontextprotocol/conformance}, two
 * versions pinned in {@code src/test/js/package.json}) against this app built with the {@code conformance} profile,
 * which adds the tools the suite calls ({@code io.github.quarkmcp.it.conformance.ConformanceTools}): 0.1.16 with every
 * scenario (the 2025 protocol), and 0.2.0-alpha.12 with the scenarios that revisions 2026-07-28 and 2025-11-25 require.
 * <p>
 * For each run, {@code src/test/resources/conformance/<run>.properties} says, for each scenario, {@code pass} or
 * {@code fail: <why>}. The test fails when an expected pass fails, and also when an expected failure passes: the
 * list of expected failures can only shrink. The CLI's output and each scenario's checks are kept under
 * {@code target/conformance/<run>/}.
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

    /** One run of a suite: which CLI, with which selection of scenarios, judged against which expectations. */
    enum Run {
        V0_1_16_ALL("0.1.16", "node_modules/@modelcontextprotocol/conformance/dist/index.js", "--suite", "all"),
        V0_2_0_2026_07_28("0.2.0-alpha.12-2026-07-28", "node_modules/conformance-2026/dist/index.js", "--requirements",
                "2026-07-28"),
        V0_2_0_2025_11_25("0.2.0-alpha.12-2025-11-25", "node_modules/conformance-2026/dist/index.js", "--requirements",
                "2025-11-25");

        final String id;
        final String cli;
        final List<String> selection;

        Run(String id, String cli, String... selection) {
            this.id = id;
            this.cli = cli;
            this.selection = List.of(selection);
        }

        String expectedFile() {
            return "conformance/" + id + ".properties";
        }
    }

    static final Duration TIMEOUT = Duration.ofMinutes(8);
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(Run.class)
    void everyServerScenarioMeetsTheCheckedInExpectation(Run suite) throws IOException {
        Node.requireInstalled();
        String expectedFile = suite.expectedFile();
        Map<String, Expectation> expected = readExpected(expectedFile);
        Path output = OUTPUT.resolve(suite.id);
        Path results = output.resolve("results");
        deleteRecursively(results);

        List<String> arguments = new ArrayList<>(List.of("--import", "./glob-sync-shim.mjs", suite.cli, "server", "--url",
                endpoint.toString()));
        arguments.addAll(suite.selection);
        arguments.addAll(List.of("--output-dir", results.toString()));
        Node.Run run = Node.run(output, "cli", TIMEOUT, arguments.toArray(String[]::new));
        assertFalse(run.timedOut(), () -> "The conformance suite did not finish within " + TIMEOUT + ": " + run.describe());
        // The CLI exits 1 when any check failed; anything else (a crash, a bad option) is not a conformance result.
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, () -> "The conformance CLI failed: " + run.describe());
        Map<String, Outcome> outcomes = readOutcomes(results);
        saveToolList(output);
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
                unexpected.add(outcome.scenario() + ": not listed in " + expectedFile + " (it " + (outcome.passed()
                        ? "passes); add it as `pass`"
                        : "fails: " + outcome.why() + "); add it as `fail: <reason>`"));
            } else if (expectation.pass() && !outcome.passed()) {
                unexpected.add(outcome.scenario() + ": expected to pass, failed: " + outcome.why());
            } else if (!expectation.pass() && outcome.passed()) {
                unexpected.add(outcome.scenario() + ": expected to fail (" + expectation.reason()
                        + ") but passes now; move it to `pass` in " + expectedFile);
            } else if (!expectation.pass()) {
                expectedFailures++;
            }
        }
        for (String scenario : expected.keySet()) {
            if (!outcomes.containsKey(scenario)) {
                unexpected.add(scenario + ": listed in " + expectedFile + " but the suite did not run it (renamed or removed?)");
            }
        }
        String summary = "conformance " + suite.id + ": " + passed + " passed, " + expectedFailures + " expected failures, "
                + unexpected.size() + " unexpected";
        String report = "Conformance suite against " + endpoint + " (" + run.took().toMillis() + " ms):\n" + table
                + (unexpected.isEmpty() ? "" : "Unexpected:\n  " + String.join("\n  ", unexpected) + "\n") + summary + "\n";
        Files.writeString(output.resolve("summary.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        if (!unexpected.isEmpty()) {
            fail(summary + "\n  " + String.join("\n  ", unexpected) + "\n(details in " + output + ")");
        }
    }

    /** Keeps what tools/list says next to the results: the schemas are what json-schema-2020-12 judges. */
    private void saveToolList(Path output) throws IOException {
        ClientSession session = new McpHttpClient(endpoint).connect();
        JsonNode tools = session.request("tools/list", Map.of()).json().path("result").path("tools");
        Files.writeString(output.resolve("tools-list.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tools),
                StandardCharsets.UTF_8);
        session.delete();
    }

    static Map<String, Expectation> readExpected(String expectedFile) throws IOException {
        Map<String, Expectation> expected = new LinkedHashMap<>();
        try (InputStream in = ConformanceTest.class.getClassLoader().getResourceAsStream(expectedFile)) {
            if (in == null) {
                fail("No " + expectedFile + " on the test classpath");
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
                    throw new IllegalStateException(expectedFile + " line " + number
                            + ": expected `<scenario> = pass` or `<scenario> = fail: <reason>`, got: " + line);
                }
                if (expected.put(scenario, expectation) != null) {
                    throw new IllegalStateException(expectedFile + " line " + number + ": " + scenario + " is listed twice");
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
