package io.ticketflow.ticket.messaging;

import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.WireHeaders;
import io.ticketflow.messaging.EnvelopeRecords;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.ticket.config.AxonStorageConfig;
import io.ticketflow.ticket.config.TicketflowProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes every stored ticket event to {@code ticketflow.ticket-events}, key = ticket id, in the trace of the
 * request or command that caused it (the {@code traceparent} stored in its metadata), with the intake system that
 * relayed it, if any ({@code ticketflow-relayed-by}, from {@code ticketflow.relayedBy} in its metadata).
 *
 * <p>Sends within one processor batch go out asynchronously and are awaited together before the batch's
 * token is committed: one acks=all round trip per batch instead of one per event. If any send fails the
 * batch rolls back and is published again from the stored token (at least once; consumers de-duplicate on
 * the event id header). A send that fails at once (for example a record Kafka refuses) throws from the
 * handler, and the processors' propagating error handler turns that into the same retry. The processor's sequencing policy keeps one ticket's events in one segment, and
 * the idempotent producer keeps them in order within the partition.
 */
@Component
@ProcessingGroup(TicketEventPublisher.PROCESSING_GROUP)
public class TicketEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = TicketEventPublisher.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, Object> kafka;
    private final TicketflowProperties properties;
    private final TraceParents traces;

    public TicketEventPublisher(KafkaTemplate<String, Object> kafka, TicketflowProperties properties,
            TraceParents traces) {
        this.kafka = kafka;
        this.properties = properties;
        this.traces = traces;
    }

    @EventHandler
    void publish(Object payload, EventMessage<?> message) {
        if (!MessageCatalog.isMessage(payload.getClass())) {
            return; // internal events (none yet) stay inside the service
        }
        MessageType type = MessageCatalog.of(payload.getClass());
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Envelope<Object> envelope = new Envelope<>(UUID.fromString(message.getIdentifier()), type.name(),
                type.revision(), message.getTimestamp(),
                metaData(message, AxonStorageConfig.CORRELATION_ID, message.getIdentifier()),
                metaData(message, AxonStorageConfig.TENANT, properties.tenant()),
                key, payload);
        // in the trace of what caused the event (stored with it): the record's traceparent continues that trace
        ProducerRecord<String, Object> record = EnvelopeRecords.toProducerRecord(type.topic(), envelope);
        // who relayed an intake submission is not part of any event's payload; consumers see it here
        String relayedBy = metaData(message, AxonStorageConfig.RELAYED_BY, null);
        if (relayedBy != null) {
            record.headers().add(WireHeaders.RELAYED_BY, relayedBy.getBytes(StandardCharsets.UTF_8));
        }
        pendingSends().add(traces.within(metaData(message, AxonStorageConfig.TRACEPARENT, null),
                () -> kafka.send(record)));
    }

    private static String metaData(EventMessage<?> message, String key, String fallback) {
        Object value = message.getMetaData().get(key);
        return value == null ? fallback : value.toString();
    }

    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, name -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> sends) {
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailed("interrupted while publishing", e);
        } catch (Exception e) {
            throw new PublicationFailed("publishing " + sends.size() + " events to Kafka failed; the batch will be retried", e);
        }
    }

    /** The batch was not acknowledged by Kafka; its token is not advanced. */
    static class PublicationFailed extends RuntimeException {
        PublicationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
