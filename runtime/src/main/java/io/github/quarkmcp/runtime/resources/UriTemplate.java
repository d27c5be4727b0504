package io.github.quarkmcp.runtime.resources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template at the level resource templates need, matched against URIs: literal text,
 * {@code {var}} (simple expansion: one value without {@code /}, {@code ?}, {@code #} or {@code &}) and
 * {@code {+var}} (reserved expansion: the rest, slashes included). Values are percent-decoded. Variable names are
 * letters, digits, {@code _} and {@code .} (RFC 6570 varchar without pct-encoding). Operators other than {@code +}
 * ({@code #}, {@code .}, {@code /}, {@code ;}, {@code ?}, {@code &}), several variables in one expression and value
 * modifiers ({@code :3}, {@code *}) are refused when the template is parsed, so a template either means what it
 * says or fails the build.
 */
public final class UriTemplate {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_.]+");

    private final String template;
    private final List<String> variables;
    private final Pattern pattern;

    private UriTemplate(String template, List<String> variables, Pattern pattern) {
        this.template = template;
        this.variables = variables;
        this.pattern = pattern;
    }

    /** Parses {@code template}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static UriTemplate parse(String template) {
        List<String> variables = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("'}' without '{' at " + i);
            }
            if (c != '{') {
                int next = nextBrace(template, i);
                regex.append(Pattern.quote(template.substring(i, next)));
                i = next;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("'{' without '}' at " + i);
            }
            String expression = template.substring(i + 1, end);
            boolean reserved = expression.startsWith("+");
            String name = reserved ? expression.substring(1) : expression;
            if (!name.isEmpty() && "#./;?&".indexOf(name.charAt(0)) >= 0) {
                throw new IllegalArgumentException("operator '" + name.charAt(0) + "' is not supported (only {var} and"
                        + " {+var}) in {" + expression + "}");
            }
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("{" + expression + "} is not one variable name (letters, digits,"
                        + " _ and .; no lists or modifiers)");
            }
            if (variables.contains(name)) {
                throw new IllegalArgumentException("variable " + name + " appears twice");
            }
            variables.add(name);
            regex.append(reserved ? "(.+)" : "([^/?#&]+)");
            i = end + 1;
        }
        return new UriTemplate(template, Collections.unmodifiableList(variables), Pattern.compile(regex.toString()));
    }

    private static int nextBrace(String template, int from) {
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' || c == '}') {
                return i;
            }
        }
        return template.length();
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    /** The variables, in the order they appear. */
    public List<String> variables() {
        return variables;
    }

    /** The variables' values in {@code uri}, percent-decoded, or {@code null} if it does not match. */
    public Map<String, String> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int v = 0; v < variables.size(); v++) {
            String raw = matcher.group(v + 1);
            try {
                // '+' is literal in a URI (only forms encode spaces as '+'), so it must survive URLDecoder.
                values.put(variables.get(v), URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) { // a malformed %-escape: not a URI this template produced
                return null;
            }
        }
        return values;
    }
}
