package io.github.quarkmcp.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Which client capabilities a question needs, as the spec reads them. */
class ClientQuestionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ClientQuestion needing(String capability) {
        return new ClientQuestion("m", null, "k", capability);
    }

    private static JsonNode capabilities(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void anEmptyElicitationCapabilityIsFormModeOnly() throws Exception {
        assertTrue(needing("elicitation.form").supportedBy(capabilities("{\"elicitation\":{}}")));
        assertFalse(needing("elicitation.url").supportedBy(capabilities("{\"elicitation\":{}}")));
        assertTrue(needing("elicitation.url").supportedBy(capabilities("{\"elicitation\":{\"url\":{}}}")));
        assertFalse(needing("elicitation.form").supportedBy(capabilities("{\"elicitation\":{\"url\":{}}}")));
        assertTrue(needing("elicitation.form").supportedBy(capabilities("{\"elicitation\":{\"form\":{},\"url\":{}}}")));
        assertFalse(needing("elicitation.form").supportedBy(capabilities("{\"sampling\":{}}")));
        assertFalse(needing("elicitation.form").supportedBy(null));
    }

    @Test
    void samplingAndRootsNeedTheirCapability() throws Exception {
        assertTrue(needing("sampling").supportedBy(capabilities("{\"sampling\":{}}")));
        assertFalse(needing("roots").supportedBy(capabilities("{\"sampling\":{}}")));
        assertTrue(needing("roots").supportedBy(capabilities("{\"roots\":{\"listChanged\":true}}")));
    }

    @Test
    void theMissingCapabilityIsNamedAsTheErrorDataWants() {
        assertEquals("{\"requiredCapabilities\":{\"elicitation\":{\"url\":{}}}}",
                needing("elicitation.url").requiredCapabilitiesJson());
        assertEquals("{\"requiredCapabilities\":{\"sampling\":{}}}", needing("sampling").requiredCapabilitiesJson());
    }
}
