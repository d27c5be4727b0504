package io.github.quarkmcp.runtime.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code requestState} of a 2026-07-28 multi round-trip request: what a retried call must bring back so that
 * the server needs no memory of it. It passes through the client, so it is attacker-controlled input: it is signed
 * (HMAC-SHA256), bound to the request it was made for (method and parameters, {@code _meta} aside) and expires, and a
 * state that fails any of these checks is refused before user code runs.
 * <p>
 * Wire form: {@code base64url(payload) "." base64url(mac)}; the payload is JSON: {@code {"v":1, "b":binding,
 * "exp":millis, "a":{key:{"d":questionDigest,"r":answer}}, "q":{key:questionDigest}}}: the answers so far, and the
 * questions just asked.
 */
public final class RequestState {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int VERSION = 1;
    /** Key material shorter than this is refused: an HMAC key should be at least as long as its output. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final long ttlMillis;
    private final ObjectMapper mapper;
    private final LongSupplier clock;

    /**
     * @param secret the key, at least {@value #MIN_KEY_BYTES} bytes; {@code null} for a random one, good until the
     *        process ends (then every server of a deployment must be given the same one)
     */
    public RequestState(byte[] secret, long ttlMillis, ObjectMapper mapper, LongSupplier clock) {
        if (secret == null) {
            secret = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(secret);
        } else if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("quarkus.mcp.request-state.key must be at least " + MIN_KEY_BYTES
                    + " bytes (UTF-8), was " + secret.length);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.ttlMillis = ttlMillis;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What a verified state says: the answers so far, and the digest of each question asked last time. */
    record Contents(Map<String, Answer> answers, Map<String, String> asked) {
    }

    /** An answer the client gave, and the digest of the question it answered. */
    record Answer(String questionDigest, JsonNode response) {
    }

    /**
     * What binds a state to its request: the method and a digest of the request's parameters other than
     * {@code _meta}, {@code inputResponses} and {@code requestState}, in a canonical form (keys sorted).
     */
    String binding(String method, ObjectNode params) {
        ObjectNode salient = params.deepCopy();
        salient.remove(List.of(Eras.META, "inputResponses", "requestState"));
        StringBuilder canonical = new StringBuilder(method).append('\n');
        writeCanonical(salient, canonical);
        return digest(canonical.toString());
    }

    private static void writeCanonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(field -> sorted.put(field.getKey(), field.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : sorted.entrySet()) {
                out.append(first ? "" : ",").append(JsonRpc.quote(field.getKey())).append(':');
                writeCanonical(field.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? "," : "");
                writeCanonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    /** A short, collision-resistant digest of {@code text} (SHA-256, first 16 bytes, base64url). */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /** A signed state for the request bound by {@code binding}, holding {@code answers} and the questions just asked. */
    String seal(String binding, Map<String, Answer> answers, Map<String, String> asked) {
        ObjectNode payload = mapper.createObjectNode().put("v", VERSION).put("b", binding)
                .put("exp", clock.getAsLong() + ttlMillis);
        ObjectNode answersJson = payload.putObject("a");
        answers.forEach((key, answer) -> answersJson.putObject(key).put("d", answer.questionDigest())
                .set("r", answer.response()));
        ObjectNode askedJson = payload.putObject("q");
        asked.forEach(askedJson::put);
        String body;
        try {
            body = Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A state made of JSON nodes is always writable", e);
        }
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body));
    }

    /**
     * The contents of {@code state}, once it proved to be ours, unexpired and made for this request; otherwise
     * {@code -32602} that says which check failed (and nothing of how to pass it).
     */
    Contents open(String state, String binding, JsonNode requestId) {
        int dot = state.indexOf('.');
        byte[] presented;
        try {
            presented = dot < 0 ? null : Base64.getUrlDecoder().decode(state.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            presented = null;
        }
        String body = dot < 0 ? state : state.substring(0, dot);
        if (presented == null || !MessageDigest.isEqual(presented, mac(body))) {
            throw refused(requestId, "it was not issued by this server or was altered");
        }
        JsonNode payload;
        try {
            payload = mapper.readTree(Base64.getUrlDecoder().decode(body));
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw refused(requestId, "it was not issued by this server or was altered");
        }
        if (payload == null || payload.path("v").asInt() != VERSION) {
            throw refused(requestId, "it was made by another version of this server");
        }
        if (payload.path("exp").asLong() < clock.getAsLong()) {
            throw refused(requestId, "it has expired (quarkus.mcp.request-state.ttl); call again without it");
        }
        if (!binding.equals(payload.path("b").asText())) {
            throw refused(requestId, "it was made for another request (method, tool or arguments differ)");
        }
        Map<String, Answer> answers = new TreeMap<>();
        payload.path("a").fields().forEachRemaining(field -> answers.put(field.getKey(),
                new Answer(field.getValue().path("d").asText(), field.getValue().get("r"))));
        Map<String, String> asked = new TreeMap<>();
        payload.path("q").fields().forEachRemaining(field -> asked.put(field.getKey(), field.getValue().asText()));
        return new Contents(answers, asked);
    }

    private static JsonRpcException refused(JsonNode requestId, String why) {
        return new JsonRpcException(requestId, JsonRpc.INVALID_PARAMS, "Invalid params: \"requestState\" is refused: "
                + why);
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
    }
}
