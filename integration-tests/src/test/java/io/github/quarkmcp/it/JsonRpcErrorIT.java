package io.github.quarkmcp.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link JsonRpcErrorTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
public class JsonRpcErrorIT extends JsonRpcErrorTest {
}
