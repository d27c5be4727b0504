package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link KeepAliveTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class KeepAliveIT extends KeepAliveTest {
}
