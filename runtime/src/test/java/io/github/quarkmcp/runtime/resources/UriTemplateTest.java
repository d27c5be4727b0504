package io.github.quarkmcp.runtime.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UriTemplateTest {

    // --- parse ---

    @Test
    void parseKeepsTheTemplateAndItsVariablesInOrder() {
        UriTemplate template = UriTemplate.parse("repo://{owner}/{name}/blob/{+path}");
        assertEquals("repo://{owner}/{name}/blob/{+path}", template.template());
        assertEquals(List.of("owner", "name", "path"), template.variables());
    }

    @Test
    void templateWithoutExpressionsHasNoVariables() {
        UriTemplate template = UriTemplate.parse("docs://readme");
        assertEquals(List.of(), template.variables());
        assertEquals(Map.of(), template.match("docs://readme"));
        assertNull(template.match("docs://readme2"));
    }

    @Test
    void variableNamesMayHaveLettersDigitsUnderscoresAndDots() {
        assertEquals(List.of("a_1", "B.c"), UriTemplate.parse("x://{a_1}/{+B.c}").variables());
    }

    @Test
    void variablesCannotBeChanged() {
        List<String> variables = UriTemplate.parse("x://{a}").variables();
        assertThrows(UnsupportedOperationException.class, () -> variables.add("b"));
    }

    // --- match ---

    @Test
    void simpleExpansionMatchesOneSegment() {
        UriTemplate template = UriTemplate.parse("repo://{owner}/{name}");
        assertEquals(Map.of("owner", "quarkusio", "name", "quarkus"), template.match("repo://quarkusio/quarkus"));
    }

    @Test
    void matchGivesTheValuesInTheOrderOfTheVariables() {
        Map<String, String> values = UriTemplate.parse("repo://{owner}/{name}").match("repo://a/b");
        assertEquals(List.of("owner", "name"), List.copyOf(values.keySet()));
    }

    @Test
    void simpleExpansionDoesNotMatchAcrossSlashes() {
        UriTemplate template = UriTemplate.parse("notes://{id}");
        assertNull(template.match("notes://a/b"));
        assertNull(UriTemplate.parse("repo://{owner}/{name}").match("repo://a/b/c"));
    }

    @Test
    void simpleExpansionDoesNotMatchQueryOrFragmentDelimiters() {
        UriTemplate template = UriTemplate.parse("notes://{id}");
        assertNull(template.match("notes://a?b"));
        assertNull(template.match("notes://a#b"));
        assertNull(template.match("notes://a&b"));
    }

    @Test
    void anExpressionMatchesAtLeastOneCharacter() {
        assertNull(UriTemplate.parse("notes://{id}").match("notes://"));
        assertNull(UriTemplate.parse("files://{+path}").match("files://"));
    }

    @Test
    void reservedExpansionMatchesTheRestSlashesIncluded() {
        UriTemplate template = UriTemplate.parse("repo://{owner}/files/{+path}");
        assertEquals(Map.of("owner", "acme", "path", "src/main/App.java"),
                template.match("repo://acme/files/src/main/App.java"));
    }

    @Test
    void literalTextMustMatchExactly() {
        UriTemplate template = UriTemplate.parse("repo://{owner}/files/{+path}");
        assertNull(template.match("repo://acme/file/x"));
        assertNull(template.match("other://acme/files/x"));
    }

    @Test
    void regexCharactersInLiteralTextAreLiteral() {
        UriTemplate template = UriTemplate.parse("a.b://(x)*/{id}");
        assertEquals(Map.of("id", "1"), template.match("a.b://(x)*/1"));
        assertNull(template.match("aXb://(x)*/1"));
    }

    @Test
    void valuesArePercentDecoded() {
        UriTemplate template = UriTemplate.parse("notes://{id}");
        assertEquals(Map.of("id", "a b"), template.match("notes://a%20b"));
        assertEquals(Map.of("id", "é/x"), template.match("notes://%C3%A9%2Fx"));
        assertEquals(Map.of("path", "a b/c"), UriTemplate.parse("files://{+path}").match("files://a%20b/c"));
    }

    @Test
    void plusIsKeptLiteral() {
        assertEquals(Map.of("id", "a+b"), UriTemplate.parse("notes://{id}").match("notes://a+b"));
        assertEquals(Map.of("path", "c++/x"), UriTemplate.parse("files://{+path}").match("files://c++/x"));
        assertEquals(Map.of("id", "a+b"), UriTemplate.parse("notes://{id}").match("notes://a%2Bb"));
    }

    @Test
    void malformedPercentEscapeDoesNotMatch() {
        UriTemplate template = UriTemplate.parse("notes://{id}");
        assertNull(template.match("notes://a%2"));
        assertNull(template.match("notes://a%zzb"));
        assertNull(template.match("notes://%"));
    }

    // --- parse errors ---

    @Test
    void closingBraceWithoutOpeningOne() {
        assertParseError("'}' without '{' at 5", "x://a}");
    }

    @Test
    void openingBraceWithoutClosingOne() {
        assertParseError("'{' without '}' at 4", "x://{a");
        assertParseError("'{' without '}' at 8", "x://{a}/{b");
    }

    @Test
    void unsupportedOperators() {
        assertParseError("operator '?' is not supported (only {var} and {+var}) in {?q}", "x://items{?q}");
        assertParseError("operator '#' is not supported (only {var} and {+var}) in {#f}", "x://items{#f}");
        assertParseError("operator '.' is not supported (only {var} and {+var}) in {.ext}", "x://items{.ext}");
        assertParseError("operator '/' is not supported (only {var} and {+var}) in {/seg}", "x://items{/seg}");
        assertParseError("operator ';' is not supported (only {var} and {+var}) in {;p}", "x://items{;p}");
        assertParseError("operator '&' is not supported (only {var} and {+var}) in {&q}", "x://items{&q}");
    }

    @Test
    void anOperatorAfterPlusIsUnsupportedToo() {
        assertParseError("operator '?' is not supported (only {var} and {+var}) in {+?q}", "x://items{+?q}");
    }

    @Test
    void listsModifiersAndEmptyExpressionsAreNotOneVariableName() {
        String notOne = " is not one variable name (letters, digits, _ and .; no lists or modifiers)";
        assertParseError("{a,b}" + notOne, "x://{a,b}");
        assertParseError("{a:3}" + notOne, "x://{a:3}");
        assertParseError("{a*}" + notOne, "x://{a*}");
        assertParseError("{}" + notOne, "x://{}");
        assertParseError("{+}" + notOne, "x://{+}");
        assertParseError("{a-b}" + notOne, "x://{a-b}");
        assertParseError("{a{b}" + notOne, "x://{a{b}");
    }

    @Test
    void repeatedVariable() {
        assertParseError("variable id appears twice", "x://{id}/{id}");
        assertParseError("variable id appears twice", "x://{id}/{+id}");
    }

    private static void assertParseError(String message, String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse(template),
                template);
        assertEquals(message, e.getMessage(), template);
    }
}
