package io.github.quarkmcp.runtime.completions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.runtime.invocation.MethodCaller;
import io.github.quarkmcp.runtime.invocation.ServedMethod;
import io.github.quarkmcp.runtime.json.JsonStrings;

/**
 * The {@code @Complete} methods, by what they complete ({@code ref/prompt} or {@code ref/resource}, the prompt or
 * template, the argument), and the writing of a {@code CompleteResult}: at most {@value #MAX_VALUES} values, with
 * {@code total} and {@code hasMore}, as the spec asks.
 */
public final class CompletionRegistry {

    static final int MAX_VALUES = 100;
    private static final String NONE = "{\"completion\":{\"values\":[],\"total\":0,\"hasMore\":false}}";

    private final Map<String, ServedMethod> completions = new HashMap<>();
    private final MethodCaller caller;

    public CompletionRegistry(List<CompletionMetadata> metadata, ObjectMapper mapper, MethodCaller caller) {
        this.caller = caller;
        for (CompletionMetadata completion : metadata) {
            completions.put(key(completion.getRefType(), completion.getRef(), completion.getArgument()),
                    completion.getMethod().serve(mapper));
        }
    }

    public boolean isEmpty() {
        return completions.isEmpty();
    }

    /**
     * The suggestions for {@code argument} of what {@code refType}/{@code ref} names, given {@code value}; an empty
     * completion when nothing completes it (the spec's answer for an argument without suggestions).
     */
    public CompletionStage<String> complete(String refType, String ref, String argument, String value, McpContext context) {
        ServedMethod method = completions.get(key(refType, ref, argument));
        if (method == null) {
            return CompletableFuture.completedFuture(NONE);
        }
        return caller.call(method, JsonNodeFactory.instance.objectNode().put(CompletionMetadata.VALUE, value), context)
                .thenApply(CompletionRegistry::result);
    }

    private static String key(String refType, String ref, String argument) {
        return refType + '\n' + ref + '\n' + argument;
    }

    private static String result(Object value) {
        List<?> values = value == null ? List.of() : (List<?>) value;
        int shown = Math.min(MAX_VALUES, values.size());
        StringBuilder json = new StringBuilder("{\"completion\":{\"values\":[");
        for (int i = 0; i < shown; i++) {
            json.append(i > 0 ? "," : "").append(JsonStrings.quote(String.valueOf(values.get(i))));
        }
        return json.append("],\"total\":").append(values.size()).append(",\"hasMore\":").append(values.size() > shown)
                .append("}}").toString();
    }
}
