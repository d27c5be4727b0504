package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CancelledCallStreamTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class CancelledCallStreamIT extends CancelledCallStreamTest {
}
