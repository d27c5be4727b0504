package io.github.quarkmcp.it.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebSocketErrorsTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class WebSocketErrorsIT extends WebSocketErrorsTest {
}
