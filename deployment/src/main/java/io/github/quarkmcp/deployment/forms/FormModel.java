package io.github.quarkmcp.deployment.forms;

import java.util.List;

/**
 * A form that passed every rule: the record and its fields, in the record's declaration order.
 *
 * @param className the record's binary name
 * @param key the name its questions go by in a 2026-07-28 {@code inputRequests} map, see {@link FormKeys}
 */
public record FormModel(String className, String key, List<FormFieldModel> fields) {

    /** The enums the fields choose from, each once: Jackson reads them in the answer, as it reads the record. */
    public List<String> enumClassNames() {
        return fields.stream().map(FormFieldModel::enumClassName).filter(name -> name != null).distinct().toList();
    }
}
