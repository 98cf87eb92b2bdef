package io.ticketflow.messaging.outbox;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.messaging.tracing.TraceParents;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a service puts what it publishes: a row in the {@code outbox} table, written in the transaction of
 * the change it describes, so nothing is published that was not stored and nothing stored is lost while
 * Kafka is away. The {@link OutboxRelay} publishes it after the commit.
 * <p>
 * A key's records reach Kafka in the order of their rows' ids, which are given at insert, not at commit: a
 * service whose transactions may append to the same key at the same time serialises them first (routing
 * locks the agent's or team's row), or two such transactions may commit, and be published, in either order.
 */
public class Outbox {

    /**
     * The logging-context key of the current request's correlation id (a web filter fills it from
     * {@code X-Correlation-Id}); a message appended while it is set carries it in {@code ticketflow-correlation-id}.
     */
    public static final String CORRELATION_ID_MDC_KEY = "correlationId";

    private final OutboxTable table;
    private final OutboxRelay relay;
    private final String tenant;
    private final TraceParents traces;

    Outbox(OutboxTable table, OutboxRelay relay, String tenant, TraceParents traces) {
        this.table = table;
        this.relay = relay;
        this.tenant = tenant;
        this.traces = traces;
    }

    /**
     * Appends {@code message} under a new event id, with the current correlation id (or, without one, the
     * event id itself) and the tenant.
     *
     * @param key the record key: the ticket id on ticket messages, the agent id on agent events
     * @return the event id
     */
    public UUID append(String key, Object message, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        String correlationId = MDC.get(CORRELATION_ID_MDC_KEY);
        append(eventId, correlationId == null ? eventId.toString() : correlationId, key, message, occurredAt);
        return eventId;
    }

    /**
     * Appends {@code message} under an event id the caller decided (a command id derived from the event that
     * caused it, so a redelivered cause sends the same command again, which its handler applies once) and
     * with the caller's correlation id; type, revision and tenant as for every other append.
     */
    public void append(UUID eventId, String correlationId, String key, Object message, Instant occurredAt) {
        MessageType type = MessageCatalog.of(message.getClass());
        append(new Envelope<>(eventId, type.name(), type.revision(), occurredAt, correlationId, tenant, key, message));
    }

    /**
     * Appends a complete envelope, its tenant included. Topic, type and revision come from the
     * {@link MessageCatalog}. The current trace context is stored with it and the relay publishes it in that
     * context, so the record's {@code traceparent} continues the trace of the request (or the consumed event,
     * see {@link TraceParents#within}) that appended it.
     *
     * @throws IllegalStateException outside a transaction: an outbox row belongs to the change it announces
     */
    public void append(Envelope<?> envelope) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an outbox row is written in the transaction of its change");
        }
        table.insert(MessageCatalog.of(envelope.payload().getClass()).topic(), envelope, traces.current());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
