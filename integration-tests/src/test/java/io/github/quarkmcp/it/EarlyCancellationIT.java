package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EarlyCancellationTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class EarlyCancellationIT extends EarlyCancellationTest {
}
