package io.github.quarkmcp.runtime.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The one table of the requests this server answers and the eras that have them. 2026-07-28 removed
 * {@code initialize}, {@code ping}, {@code logging/setLevel} and {@code resources/subscribe}/{@code unsubscribe}, and
 * added {@code server/discover} and {@code subscriptions/listen}; a request for a method its era does not have is {@code -32601}, like an unknown one.
 */
public enum McpMethod {

    INITIALIZE("initialize", true, false),
    PING("ping", true, false),
    LOGGING_SET_LEVEL("logging/setLevel", true, false),
    TOOLS_LIST("tools/list", true, true),
    TOOLS_CALL("tools/call", true, true),
    RESOURCES_LIST("resources/list", true, true),
    RESOURCES_TEMPLATES_LIST("resources/templates/list", true, true),
    RESOURCES_READ("resources/read", true, true),
    RESOURCES_SUBSCRIBE("resources/subscribe", true, false),
    RESOURCES_UNSUBSCRIBE("resources/unsubscribe", true, false),
    PROMPTS_LIST("prompts/list", true, true),
    PROMPTS_GET("prompts/get", true, true),
    COMPLETION_COMPLETE("completion/complete", true, true),
    SERVER_DISCOVER("server/discover", false, true),
    SUBSCRIPTIONS_LISTEN("subscriptions/listen", false, true);

    private static final Map<String, McpMethod> BY_WIRE_NAME = new HashMap<>();

    static {
        for (McpMethod method : values()) {
            BY_WIRE_NAME.put(method.wireName, method);
        }
    }

    private final String wireName;
    private final boolean legacy;
    private final boolean modern;

    McpMethod(String wireName, boolean legacy, boolean modern) {
        this.wireName = wireName;
        this.legacy = legacy;
        this.modern = modern;
    }

    public String wireName() {
        return wireName;
    }

    /** The method a request names, if the request's era has it; else {@code null}. */
    public static McpMethod of(String wireName, RequestContext context) {
        McpMethod method = BY_WIRE_NAME.get(wireName);
        return method != null && (context.modern() ? method.modern : method.legacy) ? method : null;
    }
}
