import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The harness's flags (run.sh passes them through); every size and duration is bounded and has a default. */
final class Options {

    static final List<String> ALL_PHASES = List.of("load", "slow-readers", "vanish", "cancel-storm", "malformed",
            "bad-tools", "session-flood");

    Path jar;
    Path nativeRunner;
    Path runDirectory;
    String jvmOptions = "-Xms1g -Xmx1g -XX:+AlwaysPreTouch";
    boolean nativeOnly;

    double loadMinutes = 1;
    int sessions = 1000;
    double webSocketShare = 0.25;
    int pauseSeconds = 30;
    int slowReaders = 2;
    int logFlood = 500_000;
    int vanish = 20;
    int stormSeconds = 10;
    int cancelRate = 2000;
    int flood = 100_000;
    int floodConnections = 4;
    int malformedSeconds = 10;
    int badToolCalls = 40;
    int callTimeoutSeconds = 120;
    int maxSessions = 10_000;
    int idleTimeoutSeconds = 20;
    int keepAliveSeconds = 5;
    int heapSlackMb = 48;
    int rssSlackMb = 256;
    int threadSlack = 4;
    Set<String> phases = new LinkedHashSet<>(ALL_PHASES);

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--native-only")) {
                o.nativeOnly = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--jar" -> o.jar = Path.of(value);
                case "--native-runner" -> o.nativeRunner = Path.of(value);
                case "--run-dir" -> o.runDirectory = Path.of(value);
                case "--jvm-opts" -> o.jvmOptions = value;
                case "--minutes" -> o.loadMinutes = Double.parseDouble(value);
                case "--seconds" -> o.loadMinutes = Double.parseDouble(value) / 60;
                case "--sessions" -> o.sessions = Integer.parseInt(value);
                case "--ws-share" -> o.webSocketShare = Double.parseDouble(value);
                case "--pause" -> o.pauseSeconds = Integer.parseInt(value);
                case "--slow-readers" -> o.slowReaders = Integer.parseInt(value);
                case "--log-flood" -> o.logFlood = Integer.parseInt(value);
                case "--vanish" -> o.vanish = Integer.parseInt(value);
                case "--storm-seconds" -> o.stormSeconds = Integer.parseInt(value);
                case "--cancel-rate" -> o.cancelRate = Integer.parseInt(value);
                case "--flood" -> o.flood = Integer.parseInt(value);
                case "--flood-connections" -> o.floodConnections = Integer.parseInt(value);
                case "--malformed-seconds" -> o.malformedSeconds = Integer.parseInt(value);
                case "--bad-tool-calls" -> o.badToolCalls = Integer.parseInt(value);
                case "--call-timeout" -> o.callTimeoutSeconds = Integer.parseInt(value);
                case "--max-sessions" -> o.maxSessions = Integer.parseInt(value);
                case "--idle-timeout" -> o.idleTimeoutSeconds = Integer.parseInt(value);
                case "--keep-alive" -> o.keepAliveSeconds = Integer.parseInt(value);
                case "--heap-slack-mb" -> o.heapSlackMb = Integer.parseInt(value);
                case "--rss-slack-mb" -> o.rssSlackMb = Integer.parseInt(value);
                case "--thread-slack" -> o.threadSlack = Integer.parseInt(value);
                case "--phases" -> {
                    o.phases = new LinkedHashSet<>(List.of(value.split(",")));
                    if (!ALL_PHASES.containsAll(o.phases)) {
                        throw new IllegalArgumentException("--phases: one or more of " + ALL_PHASES);
                    }
                }
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        if (o.runDirectory == null || (o.jar == null && !o.nativeOnly)) {
            throw new IllegalArgumentException("--jar and --run-dir are required (run.sh passes them)");
        }
        if (o.slowReaders < 2) {
            // Half of them flood logs, half wait to be cancelled: with one, the cancellation is never tried.
            throw new IllegalArgumentException(
                    "--slow-readers: at least 2 (half call log_flood, half wait_for_cancel)");
        }
        if (o.nativeOnly && o.nativeRunner == null) {
            throw new IllegalArgumentException("--native-only needs --native-runner (run.sh passes it)");
        }
        return o;
    }

    int callTimeoutMillis() {
        return callTimeoutSeconds * 1000;
    }

    long loadMillis() {
        return Math.round(loadMinutes * 60_000);
    }

    /** The settings the harness gives the server (and each stdio server), as system properties. */
    List<String> serverProperties() {
        return List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0",
                "-Dquarkus.mcp.session.max-sessions=" + maxSessions,
                "-Dquarkus.mcp.session.idle-timeout=" + idleTimeoutSeconds + "s",
                "-Dquarkus.thread-pool.keep-alive-time=" + keepAliveSeconds + "s");
    }
}
