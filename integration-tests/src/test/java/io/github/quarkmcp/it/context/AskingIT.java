package io.github.quarkmcp.it.context;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AskingTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class AskingIT extends AskingTest {
}
