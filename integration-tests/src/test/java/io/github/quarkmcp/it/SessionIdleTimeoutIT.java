package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SessionIdleTimeoutTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class SessionIdleTimeoutIT extends SessionIdleTimeoutTest {
}
