package io.ticketflow.ticket.web;

import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.ticket.config.AxonStorageConfig;
import io.ticketflow.ticket.config.TicketflowProperties;
import io.ticketflow.web.CorrelationId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends a command on behalf of a web request, with the request's correlation id, trace context and the tenant, and waits
 * for it: a refusal surfaces as the exception {@link ProblemResponses} turns into a problem.
 */
@Component
class TicketCommands {

    private final CommandGateway gateway;
    private final EventStore events;
    private final TicketflowProperties properties;
    private final TraceParents traces;

    TicketCommands(CommandGateway gateway, EventStore events, TicketflowProperties properties, TraceParents traces) {
        this.gateway = gateway;
        this.events = events;
        this.properties = properties;
        this.traces = traces;
    }

    void send(Object command) {
        MetaData metaData = AxonStorageConfig.commandMetaData(CorrelationId.current(), properties.tenant(),
                traces.current());
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * Sends a command on an existing ticket and answers with the ticket's version once it is stored: the
     * event store's last sequence number, which the read model's {@code version} reaches when it has caught up.
     */
    CommandAccepted sendTo(UUID ticketId, Object command) {
        send(command);
        return current(ticketId);
    }

    /** The ticket's version as stored now, for a request that needed no command. */
    CommandAccepted current(UUID ticketId) {
        long version = events.lastSequenceNumberFor(ticketId.toString()).orElse(0L);
        return new CommandAccepted(ticketId, version);
    }

    /**
     * @param version the ticket's version after the command (unchanged when the command changed nothing);
     *                poll {@code GET /api/tickets/{id}} until its {@code version} is at least this
     */
    public record CommandAccepted(UUID ticketId, long version) {
    }
}
