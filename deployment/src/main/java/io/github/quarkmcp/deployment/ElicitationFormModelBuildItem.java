package io.github.quarkmcp.deployment;

import io.github.quarkmcp.deployment.forms.FormModel;
import io.quarkus.builder.item.MultiBuildItem;

/** An elicitation form that passed validation: what later steps need to describe it and register it for Jackson. */
public final class ElicitationFormModelBuildItem extends MultiBuildItem {

    private final FormModel form;

    public ElicitationFormModelBuildItem(FormModel form) {
        this.form = form;
    }

    public FormModel form() {
        return form;
    }
}
