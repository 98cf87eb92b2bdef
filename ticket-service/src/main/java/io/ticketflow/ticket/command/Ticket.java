package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Ticket, event-sourced: its state is the fold of its events and only what the rules need is kept.
 * The full lifecycle (categorise, assign, reply, wait, resolve, reopen, close, escalate, rate, merge)
 * arrives with the ticket-service issue; this is the opening rule set the walking skeleton needs.
 */
@Aggregate
public class Ticket {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_DESCRIPTION_BYTES = 64 * 1024;

    @AggregateIdentifier
    private UUID ticketId;
    private TicketStatus status;

    protected Ticket() {
        // Axon rebuilds the aggregate from its events through this constructor
    }

    @CommandHandler
    public Ticket(OpenTicketCommand command, Clock clock) {
        TicketRules.requireText("subject", command.subject(), MAX_SUBJECT_LENGTH);
        TicketRules.requireMaxBytes("description", command.description(), MAX_DESCRIPTION_BYTES);
        TicketRules.requireRequester(command.requester());
        TicketRules.requirePresent("type", command.type());
        TicketRules.requirePresent("channel", command.channel());
        TicketRules.requireTags(command.tags());
        TicketRules.requireCustomFields(command.customFields());
        apply(new TicketOpened(
                command.ticketId(),
                command.subject().strip(),
                command.description() == null ? "" : command.description(),
                command.requester(),
                command.type(),
                command.priority() == null ? Priority.NORMAL : command.priority(),
                command.channel(),
                command.tags(),
                command.customFields(),
                command.openedBy(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(TicketOpened event) {
        ticketId = event.ticketId();
        status = TicketStatus.NEW;
    }
}
