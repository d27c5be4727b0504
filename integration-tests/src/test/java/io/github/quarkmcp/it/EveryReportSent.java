package io.github.quarkmcp.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** {@code quarkus.mcp.progress.min-interval=0}: every accepted report is sent, however close together. */
public class EveryReportSent implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mcp.progress.min-interval", "0");
    }
}
