package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DroppedConnectionTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class DroppedConnectionIT extends DroppedConnectionTest {
}
