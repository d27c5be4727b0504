import java.util.List;
import java.util.Locale;

/** The tables a run prints (Markdown, so that they paste into the README as they are). */
final class Report {

    private Report() {
    }

    static String render(String heading, Harness h) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(heading).append("\n\n");
        out.append("| phase | transport | era | clients | calls | answered | cancelled | lost | late | bad progress"
                + " | wrong | p50 ms | p99 ms | notes |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase phase : h.phases) {
            for (Row row : phase.rows) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d | %,d | %,d | %d | %d | %d | %d | %s"
                        + " | %s | %s |%n", phase.name, row.transport, row.era, row.load, row.calls.get(),
                        row.answered.get(), row.cancelled.get(), row.lost.get(), row.late.get(),
                        row.badProgress.get(), row.wrong.get(), millis(row.percentileMillis(0.5)),
                        millis(row.percentileMillis(0.99)), row.note));
            }
        }
        out.append("\nServer (").append(h.server.nativeImage ? "native executable" : "JVM").append(", pid ")
                .append(h.server.pid).append("): live heap after a full GC, RSS and live threads at the start,"
                        + " middle and end of each phase.\n\n");
        out.append("| phase | injected | heap MB start / mid / end | RSS MB start / mid / end"
                + " | threads start / mid / end |\n");
        out.append("|---|---|---|---|---|\n");
        for (Phase phase : h.phases) {
            if (phase.start == null) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %s / %s / %s | %.0f / %.0f / %.0f | %d / %d / %d |%n",
                    phase.name, phase.injected, mb(phase.start.heapMb()), mb(phase.middle.heapMb()),
                    mb(phase.end.heapMb()), phase.start.rssMb(), phase.middle.rssMb(), phase.end.rssMb(),
                    phase.start.threads(), phase.middle.threads(), phase.end.threads()));
        }
        List<Harness.Check> checks = h.checks;
        long failed = checks.stream().filter(c -> !c.pass()).count();
        out.append("\nInvariants: ").append(checks.size() - failed).append(" of ").append(checks.size())
                .append(" hold.\n\n| phase | invariant | result | detail |\n|---|---|---|---|\n");
        for (Harness.Check check : checks) {
            out.append("| ").append(check.phase()).append(" | ").append(check.invariant()).append(" | ")
                    .append(check.pass() ? "ok" : "**FAILED**").append(" | ")
                    .append(check.detail().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return out.toString();
    }

    private static String millis(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value < 10 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String mb(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }
}
