package io.github.quarkmcp.deployment.forms;

/**
 * The key a form's questions go by: its record's simple name in snake case, as MCP names things on the wire
 * ({@code UserName} asks as {@code user_name}, {@code HTTPSettings} as {@code http_settings}).
 */
public final class FormKeys {

    private FormKeys() {
    }

    /**
     * A word starts at a capital that follows a lower-case letter or digit ({@code userName}), or at the last capital
     * of an acronym when a lower-case letter follows it ({@code HTTPSettings}: {@code HTTP} then {@code Settings}).
     */
    public static String snakeCase(String simpleName) {
        StringBuilder key = new StringBuilder(simpleName.length() + 4);
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char before = simpleName.charAt(i - 1);
                boolean afterWord = Character.isLowerCase(before) || Character.isDigit(before);
                boolean endsAcronym = Character.isUpperCase(before) && i + 1 < simpleName.length()
                        && Character.isLowerCase(simpleName.charAt(i + 1));
                if (afterWord || endsAcronym) {
                    key.append('_');
                }
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }
}
