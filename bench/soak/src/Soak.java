import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak and fault harness: starts the demo app (JVM, and the native executable when given), runs the phases of
 * {@link Options#phases} against it with real MCP clients on loopback, prints the tables of {@link Report}, stops the
 * server, and exits 1 if any invariant failed (2 on a usage error).
 */
public final class Soak {

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("soak: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(options.runDirectory);
        Children.init(options.runDirectory);
        List<String> targets = new ArrayList<>();
        if (!options.nativeOnly) {
            targets.add("jvm");
        }
        if (options.nativeRunner != null) {
            targets.add("native");
        }
        boolean allHeld = true;
        for (String target : targets) {
            allHeld &= run(options, target);
        }
        System.out.println(allHeld ? "soak: every invariant held" : "soak: INVARIANTS FAILED (see above)");
        System.exit(allHeld ? 0 : 1);
    }

    private static boolean run(Options options, String target) throws Exception {
        boolean nativeImage = target.equals("native");
        List<String> command = new ArrayList<>();
        if (nativeImage) {
            command.add(options.nativeRunner.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(options.jvmOptions.trim().split("\\s+")));
        }
        command.addAll(options.serverProperties());
        if (!nativeImage) {
            command.add("-jar");
            command.add(options.jar.toString());
        }
        Server server = Server.start(command, nativeImage, options.runDirectory.resolve(target + "-server.log"));
        System.out.println("[" + target + "] server pid " + server.pid + " on 127.0.0.1:" + server.port + ": "
                + String.join(" ", command));
        Harness h = new Harness(options, server, target);
        long began = System.nanoTime();
        try {
            // A few clients of every kind first, so that the first phase does not measure class loading and JIT.
            Phase warmUp = new LoadPhase(5_000, 10, true);
            h.runPhase(warmUp);
            h.phases.remove(warmUp);
            for (String name : options.phases) {
                h.runPhase(phase(name, options));
            }
            Phase last = h.phases.isEmpty() ? warmUp : h.phases.get(h.phases.size() - 1);
            List<String> errors = server.errorLines();
            h.check(last, "the server logged no ERROR", errors.isEmpty(), errors.size() + " lines"
                    + (errors.isEmpty() ? "" : ", first: " + errors.get(0)));
        } finally {
            h.close();
            server.close();
        }
        String heading = String.format("%s, %s, %.1f min", target, Instant.now(), (System.nanoTime() - began) / 6e10);
        String report = Report.render(heading, h);
        System.out.println();
        System.out.println(report);
        Files.writeString(options.runDirectory.resolve("report.md"), report + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return h.checks.stream().allMatch(Harness.Check::pass);
    }

    private static Phase phase(String name, Options o) {
        switch (name) {
            case "load":
                return new LoadPhase(o.loadMillis(), o.sessions, false);
            case "slow-readers":
                return new SlowReaderPhase(o);
            case "vanish":
                return new VanishPhase(o);
            case "cancel-storm":
                return new CancelStormPhase(o);
            case "malformed":
                return new MalformedPhase(o);
            case "bad-tools":
                return new BadToolsPhase(o);
            case "session-flood":
                return new SessionFloodPhase(o);
            default:
                throw new IllegalArgumentException("phase " + name + " is not written yet");
        }
    }
}
