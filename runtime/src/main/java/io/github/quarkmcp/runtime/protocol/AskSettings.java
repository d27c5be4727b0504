package io.github.quarkmcp.runtime.protocol;

import java.time.Duration;

/**
 * How calls ask their clients: the questions and answers' JSON, the signing of 2026-07-28 request states, and how
 * long a 2025 call waits for an answer.
 */
public record AskSettings(ClientQuestions questions, ClientAnswers answers, RequestState requestState, Timers timers,
        Duration timeout) {

    public static AskSettings of(io.github.quarkmcp.runtime.forms.ElicitationForms forms,
            com.fasterxml.jackson.databind.ObjectMapper mapper, RequestState requestState, Timers timers,
            Duration timeout) {
        return new AskSettings(new ClientQuestions(forms, mapper), new ClientAnswers(mapper), requestState, timers,
                timeout);
    }
}
