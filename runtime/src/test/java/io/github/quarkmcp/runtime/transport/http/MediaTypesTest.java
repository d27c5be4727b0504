package io.github.quarkmcp.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Accept and Content-Type rules of a POST, read in place: ranges, wildcards, parameters, case, white space. */
class MediaTypesTest {

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/json, text/event-stream",
            "text/event-stream,application/json", "text/html;q=0.9 , application/json ; q=0.5",
            "APPLICATION/JSON", "Application/Json; charset=utf-8", "*/*", "application/*", " application/*;q=1",
            "text/plain,,application/json", "\tapplication/json\t" })
    void acceptsApplicationJson(String accept) {
        assertTrue(MediaTypes.accepts(accept, "application/json"), accept);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ",", "text/event-stream", "application/jsonx", "application/js", "xapplication/json",
            "application/json-seq", "applicatio/*", "application/**", "text/*", "*/json", "application",
            "application/ json", "app lication/json", "applıcation/json" })
    void refusesWhatDoesNotNameApplicationJson(String accept) {
        assertFalse(MediaTypes.accepts(accept, "application/json"), accept);
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/json; charset=utf-8", "Application/JSON",
            " application/json ;charset=UTF-8" })
    void aContentTypeOfApplicationJsonWithAnyParameters(String contentType) {
        assertTrue(MediaTypes.is(contentType, "application/json"), contentType);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "application/jsonp", "text/json", "application/json, text/plain", "*/*",
            "application/*" })
    void notAContentTypeOfApplicationJson(String contentType) {
        assertFalse(MediaTypes.is(contentType, "application/json"), contentType);
    }
}
