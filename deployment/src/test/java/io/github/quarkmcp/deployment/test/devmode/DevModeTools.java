package io.github.quarkmcp.deployment.test.devmode;

import io.github.quarkmcp.Tool;

/** The tools the dev-mode tests edit while clients are connected. */
public class DevModeTools {

    @Tool(description = "Echoes the text")
    public String echo(String text) {
        return text;
    }

    // <new tools>
}
