package io.ticketflow.routing.messaging;

import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.routing.config.TenantProperties;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.UUID;

/**
 * Where this service puts what it publishes: a row in the {@code outbox} table, written in the transaction
 * of the change it describes, so nothing is published that was not stored and nothing stored is lost while
 * Kafka is away. The {@link OutboxRelay} publishes it after the commit.
 */
@Component
public class Outbox {

    /**
     * The logging-context key of the current request's correlation id (the web layer fills it from
     * {@code X-Correlation-Id}); a message appended while it is set carries it in {@code ticketflow-correlation-id}.
     */
    public static final String CORRELATION_ID_MDC_KEY = "correlationId";

    private final OutboxTable table;
    private final OutboxRelay relay;
    private final String tenant;

    Outbox(OutboxTable table, OutboxRelay relay, TenantProperties properties) {
        this.table = table;
        this.relay = relay;
        this.tenant = properties.tenant();
    }

    /**
     * Appends {@code message} under a new event id, with the current correlation id (or, without one, the
     * event id itself) and the tenant.
     *
     * @param key the record key: the agent id on agent events, the team id on team events
     * @return the event id
     */
    public UUID append(String key, Object message, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        String correlationId = MDC.get(CORRELATION_ID_MDC_KEY);
        MessageType type = MessageCatalog.of(message.getClass());
        append(new Envelope<>(eventId, type.name(), type.revision(), occurredAt,
                correlationId == null ? eventId.toString() : correlationId, tenant, key, message));
        return eventId;
    }

    /**
     * Appends a complete envelope, for a caller that decides the event id itself (a command id derived from
     * the event that caused it) or carries another correlation id. Topic, type and revision come from the
     * {@link MessageCatalog}.
     *
     * @throws IllegalStateException outside a transaction: an outbox row belongs to the change it announces
     */
    public void append(Envelope<?> envelope) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an outbox row is written in the transaction of its change");
        }
        table.insert(MessageCatalog.of(envelope.payload().getClass()).topic(), envelope);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
