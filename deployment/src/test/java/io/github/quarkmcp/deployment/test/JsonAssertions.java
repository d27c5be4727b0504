package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Compares JSON as trees: the order of object members does not matter, the order of array elements does. */
public final class JsonAssertions {

    // Single quotes keep the expected JSON readable inside Java strings.
    private static final ObjectMapper EXPECTED = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonAssertions() {
    }

    /** Asserts {@code actual} is the JSON {@code expected}, which may quote with {@code '} instead of {@code "}. */
    public static void assertJson(String expected, JsonNode actual) {
        assertEquals(parse(expected), actual);
    }

    private static JsonNode parse(String json) {
        try {
            return EXPECTED.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The expected value is not JSON: " + json, e);
        }
    }
}
