package io.github.quarkmcp.runtime.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The elicitation forms of the application, by class, as the build recorded them. */
public final class ElicitationForms {

    private final Map<String, FormMetadata> byClassName = new HashMap<>();

    public ElicitationForms(List<FormMetadata> forms) {
        for (FormMetadata form : forms) {
            byClassName.put(form.getClassName(), form);
        }
    }

    /**
     * The form for {@code type}; fails with a message that says how to fix it when the build did not see it: the
     * build finds forms where a class literal is passed to {@code elicit}, and nowhere else.
     */
    public FormMetadata of(Class<?> type) {
        FormMetadata form = byClassName.get(type.getName());
        if (form == null) {
            throw new IllegalArgumentException(type.getName() + " is not an elicitation form the build knows: pass the "
                    + "record's class literal to McpContext.elicit directly (ctx.elicit(message, "
                    + type.getSimpleName() + ".class)), so that its schema is made at build time");
        }
        return form;
    }
}
