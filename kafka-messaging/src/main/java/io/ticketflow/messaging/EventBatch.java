package io.ticketflow.messaging;

import io.ticketflow.api.wire.Envelope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of one consumed batch that this consumer has not handled before, in partition order.
 *
 * @param traceParents the {@code traceparent} header of each event that had one, by event id
 */
public record EventBatch(List<Envelope<Object>> envelopes, Map<UUID, String> traceParents) {

    public EventBatch {
        envelopes = List.copyOf(envelopes);
        traceParents = Map.copyOf(traceParents);
    }

    /** A batch whose events carry no trace context. */
    public EventBatch(List<Envelope<Object>> envelopes) {
        this(envelopes, Map.of());
    }

    /** The envelopes whose payload is a {@code type}, in order; a consumer picks the events it cares about. */
    @SuppressWarnings("unchecked")
    public <T> List<Envelope<T>> of(Class<T> type) {
        return envelopes.stream()
                .filter(envelope -> type.isInstance(envelope.payload()))
                .map(envelope -> (Envelope<T>) (Envelope<?>) envelope)
                .toList();
    }

    /**
     * The trace context the event was published in, or null: what a consumer passes to
     * {@link io.ticketflow.messaging.tracing.TraceParents#within} so that what it publishes because of the event
     * continues the event's trace.
     */
    public String traceParent(UUID eventId) {
        return traceParents.get(eventId);
    }

    public boolean isEmpty() {
        return envelopes.isEmpty();
    }
}
