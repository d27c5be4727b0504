package io.github.quarkmcp.deployment.test.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.deployment.ElicitationFormBuildItem;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;

/**
 * What the build made of the application's elicitation forms, for a test to read at run time. The running test is
 * loaded by another class loader than the build that ran for it, so a static field would not carry it over: a test
 * build step writes it into a resource of the application instead.
 */
final class FormsOfTheBuild {

    private static final String RESOURCE = "META-INF/test-elicitation-forms.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormsOfTheBuild() {
    }

    /**
     * A build step that writes every {@link ElicitationFormBuildItem} ({@code forms}: class name, key and schema text)
     * and every class registered for reflection with constructors, methods and fields ({@code reflective}).
     */
    static Consumer<BuildChainBuilder> recorded() {
        return chain -> chain.addBuildStep(context -> {
            ObjectNode recorded = JSON.createObjectNode();
            ArrayNode forms = recorded.putArray("forms");
            for (ElicitationFormBuildItem form : context.consumeMulti(ElicitationFormBuildItem.class)) {
                forms.addObject().put("className", form.className()).put("key", form.key())
                        .put("schemaJson", form.schemaJson());
            }
            ArrayNode reflective = recorded.putArray("reflective");
            for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
                if (item.isConstructors() && item.isMethods() && item.isFields()) {
                    item.getClassNames().forEach(reflective::add);
                }
            }
            try {
                context.produce(new GeneratedResourceBuildItem(RESOURCE, JSON.writeValueAsBytes(recorded)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).consumes(ElicitationFormBuildItem.class).consumes(ReflectiveClassBuildItem.class)
                .produces(GeneratedResourceBuildItem.class).build();
    }

    /** What {@link #recorded()} wrote, read at run time. */
    static JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("The build wrote no " + RESOURCE);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
