package io.github.quarkmcp.it.interop;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TypeScriptSdkV2InteropTest} against the packaged application: the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class TypeScriptSdkV2InteropIT extends TypeScriptSdkV2InteropTest {
}
