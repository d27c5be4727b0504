package io.github.quarkmcp.runtime.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks waiting for a connection to take more writes. They run all together, once, when it drains, or when it
 * closes (then they find it gone and drop what they hold). Confined to the connection's event loop.
 */
public final class WritableWaiters {

    private List<Runnable> waiting; // null while none wait: most exchanges never have to

    public void add(Runnable task) {
        if (waiting == null) {
            waiting = new ArrayList<>();
        }
        waiting.add(task);
    }

    public void runAll() {
        if (waiting == null) {
            return;
        }
        List<Runnable> ready = waiting;
        waiting = null;
        ready.forEach(Runnable::run);
    }
}
