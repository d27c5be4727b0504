import java.util.ArrayList;
import java.util.List;

/**
 * One phase of the run: a load or a fault, with its rows of figures and the server's readings at its start, middle
 * and end. {@link Harness#runPhase} takes the readings at start and end and checks the rules every phase shares.
 */
abstract class Phase {

    final String name;
    final String injected;
    Server.Sample start;
    Server.Sample middle;
    Server.Sample end;
    final List<Row> rows = new ArrayList<>();

    Phase(String name, String injected) {
        this.name = name;
        this.injected = injected;
    }

    /** Runs the phase; takes {@code middle} (through {@link Harness#middle}) when it is at its height. */
    abstract void run(Harness h) throws Exception;

    Row row(String transport, String era, String load) {
        Row row = new Row(name, transport, era, load);
        synchronized (rows) {
            rows.add(row);
        }
        return row;
    }
}
