package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BodyLimitTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class BodyLimitIT extends BodyLimitTest {
}
