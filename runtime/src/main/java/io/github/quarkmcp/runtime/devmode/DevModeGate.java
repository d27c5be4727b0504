package io.github.quarkmcp.runtime.devmode;

import java.util.concurrent.CompletionStage;

import io.github.quarkmcp.runtime.transport.MessageGate;

/** Dev mode's {@link MessageGate}: each message first picks up edited sources, as an HTTP request does. */
public final class DevModeGate implements MessageGate {

    @Override
    public boolean checksMessages() {
        return DevModeReload.isActive();
    }

    @Override
    public CompletionStage<Throwable> check() {
        return DevModeReload.scan();
    }

    @Override
    public String describe(Throwable problem) {
        return DevModeReload.describe(problem);
    }
}
