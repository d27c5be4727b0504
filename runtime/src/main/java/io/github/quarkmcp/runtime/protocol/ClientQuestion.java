package io.github.quarkmcp.runtime.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing a call asks its client: a request of the client's ({@code elicitation/create},
 * {@code sampling/createMessage}, {@code roots/list}), as the 2025 era sends it (a JSON-RPC request of its own) and
 * as 2026-07-28 puts it in an {@code InputRequiredResult}.
 *
 * @param method the client's method
 * @param paramsJson its params as a JSON object, or {@code null} for none
 * @param key the name the question goes by in {@code inputRequests} (made unique within a call by {@link InputRound})
 * @param capability what the client must have declared: {@code elicitation}, {@code elicitation.url},
 *        {@code sampling} or {@code roots}
 */
record ClientQuestion(String method, String paramsJson, String key, String capability) {

    /** The question as a 2025 request of the server's, with id {@code idJson}. */
    String requestJson(String idJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"" + method + "\""
                + (paramsJson == null ? "" : ",\"params\":" + paramsJson) + "}";
    }

    /** The question as an entry of 2026-07-28 {@code inputRequests}. */
    String inputRequestJson() {
        return "{\"method\":\"" + method + "\"" + (paramsJson == null ? "" : ",\"params\":" + paramsJson) + "}";
    }

    /** What identifies the question across rounds: an answer is only ever used for the question it was given to. */
    String digest() {
        return RequestState.digest(inputRequestJson());
    }

    /** Whether {@code capabilities} (the client's) has what this question needs. */
    boolean supportedBy(JsonNode capabilities) {
        if (capabilities == null) {
            return false;
        }
        int dot = capability.indexOf('.');
        if (dot < 0) {
            return capabilities.has(capability);
        }
        JsonNode parent = capabilities.get(capability.substring(0, dot));
        String mode = capability.substring(dot + 1);
        // An empty elicitation capability means form mode only, for clients older than the modes.
        return parent != null && (parent.has(mode) || mode.equals("form") && parent.isObject() && parent.isEmpty());
    }

    /** {@code data.requiredCapabilities} of {@code MissingRequiredClientCapabilityError} for this question. */
    String requiredCapabilitiesJson() {
        int dot = capability.indexOf('.');
        String inner = dot < 0 ? "{}" : "{\"" + capability.substring(dot + 1) + "\":{}}";
        return "{\"requiredCapabilities\":{\"" + (dot < 0 ? capability : capability.substring(0, dot)) + "\":" + inner
                + "}}";
    }
}
