package io.github.quarkmcp.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.quarkmcp.runtime.protocol.JsonRpc;

/**
 * How a Java string is written as a JSON string literal: what JSON needs escaped is, lone surrogates come out as
 * their {@code \}{@code uXXXX} escape, and everything else, characters outside the BMP included, is left as it is.
 * Each case also checks the two things a client relies on: the literal survives UTF-8 encoding unchanged (Vert.x
 * encodes every message so), and a JSON parser reads back exactly the original string.
 */
class JsonStringsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each kind of surrogate, where it can stand; the expected literals are written with Java escapes. */
    static Stream<Arguments> surrogates() {
        return Stream.of(
                arguments("lone high alone", "\uD800", "\"\\uD800\""),
                arguments("lone low alone", "\uDFFF", "\"\\uDFFF\""),
                arguments("lone high at the start", "\uD800abc", "\"\\uD800abc\""),
                arguments("lone high at the end", "abc\uDBFF", "\"abc\\uDBFF\""),
                arguments("lone low at the start", "\uDC00abc", "\"\\uDC00abc\""),
                arguments("lone low at the end", "abc\uDC00", "\"abc\\uDC00\""),
                arguments("lone high inside", "a\uD800b", "\"a\\uD800b\""),
                arguments("lone low after text", "id-\uDFFF", "\"id-\\uDFFF\""),
                arguments("reversed pair: two lone surrogates", "\uDC00\uD800", "\"\\uDC00\\uD800\""),
                arguments("two highs", "\uD800\uD800", "\"\\uD800\\uD800\""),
                arguments("two lows", "\uDC00\uDC00", "\"\\uDC00\\uDC00\""),
                arguments("valid pair alone", "\uD83D\uDE00", "\"\uD83D\uDE00\""),
                arguments("valid pair inside", "a\uD83D\uDE00b", "\"a\uD83D\uDE00b\""),
                arguments("valid pair at the start", "\uD83D\uDE00b", "\"\uD83D\uDE00b\""),
                arguments("valid pair at the end", "a\uD83D\uDE00", "\"a\uD83D\uDE00\""),
                arguments("lone high, then a pair", "\uD800\uD83D\uDE00", "\"\\uD800\uD83D\uDE00\""),
                arguments("a pair, then a lone low", "\uD83D\uDE00\uDE00", "\"\uD83D\uDE00\\uDE00\""),
                arguments("a pair, then a lone high", "\uD83D\uDE00\uD800", "\"\uD83D\uDE00\\uD800\""),
                arguments("lone surrogate next to an escape", "\n\uD800\"", "\"\\n\\uD800\\\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void surrogates(String what, String text, String expected) {
        assertLiteral(text, expected);
    }

    @Test
    void charactersOutsideTheBmpStayRawUtf8() {
        String text = "smile \uD83D\uDE00, clef \uD834\uDD1E";
        String literal = JsonRpc.quote(text);
        assertEquals('"' + text + '"', literal);
        byte[] bytes = literal.getBytes(StandardCharsets.UTF_8);
        byte[] smile = { (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80 };
        assertTrue(indexOf(bytes, smile) >= 0, () -> "U+1F600 as four UTF-8 bytes: " + Arrays.toString(bytes));
        assertLiteral(text, '"' + text + '"');
    }

    @Test
    void controlCharactersGetShortEscapesOrU00XX() {
        assertLiteral("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"");
        assertLiteral("\u0000", "\"\\u0000\"");
        assertLiteral("a\u0001b\u001Fc", "\"a\\u0001b\\u001Fc\"");
        assertLiteral("\u000B", "\"\\u000B\"");
        assertLiteral("\u007F", "\"\u007F\""); // DEL is not a JSON control character
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertLiteral("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"");
        assertLiteral("\\\uD800", "\"\\\\\\uD800\""); // a backslash, then a lone surrogate
        assertLiteral("", "\"\"");
    }

    @Test
    void nonAsciiBmpCharactersStayAsTheyAre() {
        assertLiteral("héllo wörld – 日本", "\"héllo wörld – 日本\"");
        assertLiteral("\uE000\uFFFF", "\"\uE000\uFFFF\""); // right above the surrogates
        assertLiteral("\uD7FF", "\"\uD7FF\""); // right below them
    }

    @Test
    void appendingToABuilderWritesTheSame() {
        StringBuilder out = new StringBuilder("x=");
        JsonStrings.quote("a\uD800\n\uD83D\uDE00", out);
        assertEquals("x=\"a\\uD800\\n\uD83D\uDE00\"", out.toString());
    }

    @Test
    void idsAndTokensAreWrittenExactly() {
        assertEquals("\"id-\\uDFFF\"", JsonRpc.idJson(TextNode.valueOf("id-\uDFFF")));
        assertEquals("\"a\\uD800b\"", JsonRpc.idJson(TextNode.valueOf("a\uD800b")));
        assertEquals("\"1\"", JsonRpc.idJson(TextNode.valueOf("1")));
        assertEquals("7", JsonRpc.idJson(IntNode.valueOf(7)));
        assertEquals("9007199254740993", JsonRpc.idJson(LongNode.valueOf(9007199254740993L)));
        assertEquals("-3", JsonRpc.idJson(IntNode.valueOf(-3)));
        assertEquals("123456789012345678901234567890",
                JsonRpc.idJson(BigIntegerNode.valueOf(new BigInteger("123456789012345678901234567890"))));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"\\uDBFF\",\"error\":{\"code\":-32602,\"message\":\"Unknown tool: \\uD800\"}}",
                JsonRpc.error(TextNode.valueOf("\uDBFF"), -32602, "Unknown tool: \uD800"));
    }

    /** Why {@link JsonStrings#escapeLoneSurrogates} exists: Jackson writing to a String leaves a lone surrogate raw. */
    @Test
    void jacksonLeavesLoneSurrogatesRawAndTheyAreEscapedAfterwards() throws Exception {
        Map<String, Object> value = Map.of("k\uDC00", "a\uD800b \uD83D\uDE00");
        String jackson = JSON.writeValueAsString(value);
        assertTrue(jackson.indexOf('\uD800') >= 0, () -> "Jackson now escapes lone surrogates itself: " + jackson);
        String escaped = JsonStrings.escapeLoneSurrogates(jackson);
        assertEquals("{\"k\\uDC00\":\"a\\uD800b \uD83D\uDE00\"}", escaped);
        assertEquals(value, JSON.readValue(encodedAndDecoded(escaped), Map.class));
    }

    @Test
    void textWithoutLoneSurrogatesIsReturnedAsItIs() {
        String plain = "{\"a\":\"b\\n\"}";
        assertSame(plain, JsonStrings.escapeLoneSurrogates(plain));
        String pairs = "{\"a\":\"\uD83D\uDE00\uD83D\uDE00\"}";
        assertSame(pairs, JsonStrings.escapeLoneSurrogates(pairs));
        assertEquals("\\uD800", JsonStrings.escapeLoneSurrogates("\uD800"));
        assertEquals("\\uDC00\\uD800", JsonStrings.escapeLoneSurrogates("\uDC00\uD800"));
        assertEquals("x\uD83D\uDE00\\uDE00", JsonStrings.escapeLoneSurrogates("x\uD83D\uDE00\uDE00"));
        assertEquals("\\uD800\uD83D\uDE00y", JsonStrings.escapeLoneSurrogates("\uD800\uD83D\uDE00y"));
    }

    /** The literal is as expected, survives UTF-8 unchanged, and parses back to {@code text}. */
    private static void assertLiteral(String text, String expected) {
        String literal = JsonRpc.quote(text);
        assertEquals(expected, literal, () -> "literal of " + describe(text));
        assertEquals(literal, encodedAndDecoded(literal), () -> "UTF-8 changed the literal of " + describe(text));
        try {
            assertEquals(text, JSON.readValue(encodedAndDecoded(literal), String.class),
                    () -> "parsed back from the literal of " + describe(text));
        } catch (Exception e) {
            throw new AssertionError("not a JSON string: " + literal, e);
        }
    }

    private static String encodedAndDecoded(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String describe(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
