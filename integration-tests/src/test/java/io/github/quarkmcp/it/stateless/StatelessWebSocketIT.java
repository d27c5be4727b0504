package io.github.quarkmcp.it.stateless;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatelessWebSocketTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class StatelessWebSocketIT extends StatelessWebSocketTest {
}
