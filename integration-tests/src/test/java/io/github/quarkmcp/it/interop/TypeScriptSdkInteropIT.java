package io.github.quarkmcp.it.interop;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TypeScriptSdkInteropTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class TypeScriptSdkInteropIT extends TypeScriptSdkInteropTest {
}
