package io.github.quarkmcp.deployment.test.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.quarkmcp.deployment.forms.FormKeys;

/** A form's key is its record's simple name in snake case: the rule needs no build, so it is tested alone. */
public class FormKeysTest {

    @Test
    void eachCapitalAfterALowerCaseLetterOrDigitStartsAWord() {
        assertEquals("booking", FormKeys.snakeCase("Booking"));
        assertEquals("user_name", FormKeys.snakeCase("UserName"));
        assertEquals("step2_details", FormKeys.snakeCase("Step2Details"));
    }

    @Test
    void anAcronymIsOneWordEndingBeforeItsLastCapitalWhenALowerCaseLetterFollows() {
        assertEquals("http_settings", FormKeys.snakeCase("HTTPSettings"));
        assertEquals("https_settings", FormKeys.snakeCase("HTTPSSettings"));
        assertEquals("user_id", FormKeys.snakeCase("UserID"));
        assertEquals("url", FormKeys.snakeCase("URL"));
    }
}
