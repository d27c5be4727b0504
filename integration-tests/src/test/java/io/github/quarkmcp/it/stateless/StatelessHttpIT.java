package io.github.quarkmcp.it.stateless;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatelessHttpTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class StatelessHttpIT extends StatelessHttpTest {
}
