package io.github.quarkmcp.deployment.forms;

/**
 * One choice of a single or multiple choice field: an enum constant.
 *
 * @param value the constant as Jackson reads and writes it: its {@code @JsonProperty} value, else its name
 * @param title the label set with {@code @FormField(title)} on the constant, or {@code null}
 */
public record EnumChoice(String value, String title) {
}
