package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BatchOfOneTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class BatchOfOneIT extends BatchOfOneTest {
}
