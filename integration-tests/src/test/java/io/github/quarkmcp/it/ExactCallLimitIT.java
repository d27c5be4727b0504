package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExactCallLimitTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class ExactCallLimitIT extends ExactCallLimitTest {
}
