package io.github.quarkmcp.it.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebSocketCancellationTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class WebSocketCancellationIT extends WebSocketCancellationTest {
}
