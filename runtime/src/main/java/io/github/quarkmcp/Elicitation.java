package io.github.quarkmcp;

/**
 * The user's answer to a question a tool asked with {@link McpContext#elicit(String, Class)}.
 *
 * @param action what the user did: accepted (and filled in the form), declined, or dismissed the question
 * @param value the form's values when accepted; {@code null} otherwise (and always for a URL question)
 * @param <T> the form: a record whose components are the fields shown to the user
 */
public record Elicitation<T>(Action action, T value) {

    /** What the user did with the question, as the client reports it. */
    public enum Action {
        /** The user submitted the form (or, for a URL question, agreed to open the URL). */
        ACCEPT,
        /** The user explicitly refused. */
        DECLINE,
        /** The user dismissed the question without choosing. */
        CANCEL
    }

    public Elicitation {
        java.util.Objects.requireNonNull(action, "action");
    }

    /** Whether the user accepted; then {@link #value()} holds the answer of a form. */
    public boolean accepted() {
        return action == Action.ACCEPT;
    }
}
