package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LoneSurrogateTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class LoneSurrogateIT extends LoneSurrogateTest {
}
