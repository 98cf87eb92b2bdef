package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;

import java.util.List;

/** The events of one consumed batch that this consumer has not handled before, in partition order. */
public record EventBatch(List<Envelope<Object>> envelopes) {

    public EventBatch {
        envelopes = List.copyOf(envelopes);
    }

    /** The envelopes whose payload is a {@code type}, in order; a consumer picks the events it cares about. */
    @SuppressWarnings("unchecked")
    public <T> List<Envelope<T>> of(Class<T> type) {
        return envelopes.stream()
                .filter(envelope -> type.isInstance(envelope.payload()))
                .map(envelope -> (Envelope<T>) (Envelope<?>) envelope)
                .toList();
    }

    public boolean isEmpty() {
        return envelopes.isEmpty();
    }
}
