package io.github.quarkmcp.runtime.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.PromptMessage;
import io.github.quarkmcp.runtime.invocation.MethodCaller;
import io.github.quarkmcp.runtime.invocation.ServedMethod;
import io.github.quarkmcp.runtime.json.ContentJson;
import io.github.quarkmcp.runtime.json.JsonStrings;
import io.github.quarkmcp.runtime.json.ListPages;

/** The application's prompts, their {@code prompts/list} pages written once, and the rendering of a prompt. */
public final class PromptRegistry {

    /** A prompt ready to be rendered. */
    public record RegisteredPrompt(PromptMetadata metadata, ServedMethod method) {
    }

    private final Map<String, RegisteredPrompt> prompts = new LinkedHashMap<>();
    private final ListPages pages;
    private final MethodCaller caller;

    public PromptRegistry(List<PromptMetadata> metadata, ObjectMapper mapper, int pageSize, MethodCaller caller) {
        this.caller = caller;
        List<String> listings = new ArrayList<>();
        for (PromptMetadata prompt : metadata) {
            prompts.put(prompt.getName(), new RegisteredPrompt(prompt, prompt.getMethod().serve(mapper)));
            listings.add(prompt.getListingJson());
        }
        this.pages = new ListPages("prompts", listings, pageSize);
    }

    public boolean isEmpty() {
        return prompts.isEmpty();
    }

    public RegisteredPrompt find(String name) {
        return prompts.get(name);
    }

    public String page(String cursor) {
        return pages.page(cursor);
    }

    public String fingerprint() {
        return pages.fingerprint();
    }

    /**
     * The {@code GetPromptResult} JSON of {@code prompt} with {@code arguments}; fails with
     * {@code InvalidArgumentsException} naming a missing required argument.
     */
    public CompletionStage<String> render(RegisteredPrompt prompt, ObjectNode arguments, McpContext context) {
        return caller.call(prompt.method(), arguments, context).thenApply(value -> result(prompt, value));
    }

    private static String result(RegisteredPrompt prompt, Object value) {
        if (value == null) {
            throw new IllegalStateException("The prompt method returned null");
        }
        StringBuilder json = new StringBuilder("{");
        if (prompt.metadata().getDescription() != null) {
            json.append("\"description\":").append(JsonStrings.quote(prompt.metadata().getDescription())).append(',');
        }
        json.append("\"messages\":[");
        switch (prompt.metadata().getMessagesKind()) {
            case TEXT:
                message(json, PromptMessage.user((String) value));
                break;
            case MESSAGE:
                message(json, (PromptMessage) value);
                break;
            default:
                List<?> messages = (List<?>) value;
                for (int i = 0; i < messages.size(); i++) {
                    json.append(i > 0 ? "," : "");
                    message(json, (PromptMessage) messages.get(i));
                }
        }
        return json.append("]}").toString();
    }

    private static void message(StringBuilder json, PromptMessage message) {
        json.append("{\"role\":\"").append(message.role() == PromptMessage.Role.USER ? "user" : "assistant")
                .append("\",\"content\":");
        ContentJson.write(message.content(), json);
        json.append('}');
    }
}
