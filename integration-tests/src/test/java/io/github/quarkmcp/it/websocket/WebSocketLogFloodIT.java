package io.github.quarkmcp.it.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WebSocketLogFloodTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class WebSocketLogFloodIT extends WebSocketLogFloodTest {
}
