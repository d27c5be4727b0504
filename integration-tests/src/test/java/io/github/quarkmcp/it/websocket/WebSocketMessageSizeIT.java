package io.github.quarkmcp.it.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebSocketMessageSizeTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class WebSocketMessageSizeIT extends WebSocketMessageSizeTest {
}
