package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MaxConcurrentCallsTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class MaxConcurrentCallsIT extends MaxConcurrentCallsTest {
}
