package io.github.quarkmcp.it.context;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ToolTimeoutTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class ToolTimeoutIT extends ToolTimeoutTest {
}
