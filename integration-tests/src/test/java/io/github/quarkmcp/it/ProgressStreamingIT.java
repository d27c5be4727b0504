package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ProgressStreamingTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class ProgressStreamingIT extends ProgressStreamingTest {
}
