package io.github.quarkmcp.deployment.forms;

/** The kinds of field the MCP spec's restricted schema allows in a form, each with the JSON type it is sent as. */
public enum FieldKind {

    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    /** One constant of an enum: a string with {@code enum} or {@code oneOf}. */
    SINGLE_SELECT("string"),
    /** Several constants of an enum: an array whose {@code items} are {@code enum} or {@code anyOf}. */
    MULTI_SELECT("array");

    private final String jsonType;

    FieldKind(String jsonType) {
        this.jsonType = jsonType;
    }

    public String jsonType() {
        return jsonType;
    }

    /** The name of this kind of field in messages. */
    public String describe() {
        switch (this) {
            case SINGLE_SELECT:
                return "single choice";
            case MULTI_SELECT:
                return "multiple choice";
            default:
                return jsonType;
        }
    }
}
