package io.github.quarkmcp.it.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebSocketBackPressureTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class WebSocketBackPressureIT extends WebSocketBackPressureTest {
}
