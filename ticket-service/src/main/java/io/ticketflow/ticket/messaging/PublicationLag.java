package io.ticketflow.ticket.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code ticketflow.publication.lag}: how many stored events the Kafka publisher has not yet published,
 * measured as the distance between the head of the event store and the publisher's slowest segment.
 * Zero in steady state; it grows while Kafka is unreachable and drains when it returns, so it is the
 * number to alert on ("events stored but not yet on the topic").
 */
@Component
public class PublicationLag {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public PublicationLag(EventStore eventStore, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.eventStore = eventStore;
        this.processing = processing;
        Gauge.builder("ticketflow.publication.lag", this, PublicationLag::events)
                .description("stored events not yet published to ticketflow.ticket-events")
                .baseUnit("events")
                .register(registry);
    }

    /** NaN while the publisher has not claimed its segments yet (e.g. just after start-up). */
    double events() {
        OptionalLong head = position(eventStore.createHeadToken());
        OptionalLong published = slowestSegment();
        if (head.isEmpty()) {
            return 0; // an empty store has nothing to publish
        }
        if (published.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, head.getAsLong() - published.getAsLong());
    }

    private OptionalLong slowestSegment() {
        return processing.eventProcessor(TicketEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .map(PublicationLag::lowestPosition)
                .orElse(OptionalLong.empty());
    }

    private static OptionalLong lowestPosition(Map<Integer, EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : segments.values()) {
            OptionalLong position = status.getCurrentPosition();
            // a segment that has not processed anything yet is at the very beginning
            lowest = Math.min(lowest, position.orElse(-1));
        }
        return OptionalLong.of(lowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
