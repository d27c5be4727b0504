package io.github.quarkmcp.runtime.protocol;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run of a 2026-07-28 request that may ask its client (multi round-trip requests): the answers it can use, from
 * the verified {@code requestState} of the earlier rounds and the {@code inputResponses} of this one, and the
 * questions still unanswered, with which the request is answered ({@code InputRequiredResult}) when its user code
 * ends.
 * <p>
 * A question's key is its kind's name ({@code user_name} for a form {@code UserName}, {@code sampling},
 * {@code roots}), numbered from the second of a kind on ({@code sampling_2}), so a tool that asks the same questions
 * in the same order on every run finds its answers under the same keys. An answer is used only for the question it
 * was given to: the state keeps each question's digest.
 */
final class InputRound {

    private final RequestState codec;
    private final Supplier<String> binding;
    private final RequestState.Contents earlier;
    private final ObjectNode responses;
    // Guarded by this: a tool may ask from several threads (the async variants).
    private final Map<String, Integer> asked = new HashMap<>();
    private final Map<String, RequestState.Answer> answers = new TreeMap<>();
    private final Map<String, ClientQuestion> unanswered = new LinkedHashMap<>();

    /**
     * @param binding what binds a state to the request, asked for only when a state is made (most calls ask nothing)
     * @param earlier what the request's verified state holds, or {@code null} for a first round
     * @param responses the request's {@code inputResponses}, or {@code null}
     */
    InputRound(RequestState codec, Supplier<String> binding, RequestState.Contents earlier, ObjectNode responses) {
        this.codec = codec;
        this.binding = binding;
        this.earlier = earlier;
        this.responses = responses;
    }

    /** The question with its key for this run. */
    synchronized ClientQuestion keyed(ClientQuestion question) {
        int count = asked.merge(question.key(), 1, Integer::sum);
        return count == 1 ? question
                : new ClientQuestion(question.method(), question.paramsJson(), question.key() + "_" + count,
                        question.capability());
    }

    /** The client's answer to {@code question} (keyed), or {@code null} after noting it as still to be asked. */
    synchronized JsonNode answer(ClientQuestion question) {
        String key = question.key();
        String digest = question.digest();
        RequestState.Answer given = earlier == null ? null : earlier.answers().get(key);
        if (given != null && given.questionDigest().equals(digest)) {
            answers.put(key, given);
            return given.response();
        }
        JsonNode response = responses == null ? null : responses.get(key);
        // An answer to what was asked last time, or one the client gave unasked: its own input either way.
        if (response != null && !response.isNull()
                && (earlier == null || digest.equals(earlier.asked().getOrDefault(key, digest)))) {
            answers.put(key, new RequestState.Answer(digest, response));
            return response;
        }
        unanswered.put(key, question);
        return null;
    }

    /** Whether the run asked something the client has not answered: then its answer is an InputRequiredResult. */
    synchronized boolean awaitsInput() {
        return !unanswered.isEmpty();
    }

    /** The members of the InputRequiredResult: the questions, and the state that carries the answers so far. */
    synchronized String inputRequiredFields() {
        StringBuilder json = new StringBuilder("\"inputRequests\":{");
        Map<String, String> digests = new TreeMap<>();
        boolean first = true;
        for (ClientQuestion question : unanswered.values()) {
            json.append(first ? "" : ",").append(JsonRpc.quote(question.key())).append(':')
                    .append(question.inputRequestJson());
            digests.put(question.key(), question.digest());
            first = false;
        }
        return json.append("},\"requestState\":").append(JsonRpc.quote(codec.seal(binding.get(), answers, digests)))
                .toString();
    }
}
