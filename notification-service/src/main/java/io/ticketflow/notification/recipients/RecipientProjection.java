package io.ticketflow.notification.recipients;

import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketStatus;
import io.ticketflow.api.ticket.TicketUnassigned;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Folds one event into {@link Recipients}, in the consumer's transaction. Called by the email reaction before it
 * decides on the same event, so a batch that opens, assigns and answers a ticket is decided step by step.
 * Events of a ticket opened before this service first read the topic change nothing (there is no requester to
 * address); the consumer group starts at the beginning of the topic, so that is only a database reset.
 */
@Component
public class RecipientProjection {

    /** The custom field a ticket's language is read from, as routing-service reads it, until the contract has one. */
    static final String LANGUAGE_FIELD = "language";

    /** The events that set a ticket's status, and the status they set. */
    private static final Map<Class<?>, TicketStatus> STATUS_AFTER = Map.of(
            TicketAwaitingCustomer.class, TicketStatus.PENDING,
            TicketPutOnHold.class, TicketStatus.ON_HOLD,
            TicketResumed.class, TicketStatus.OPEN,
            TicketResolved.class, TicketStatus.RESOLVED,
            TicketReopened.class, TicketStatus.OPEN,
            TicketClosed.class, TicketStatus.CLOSED);

    private final Recipients recipients;

    RecipientProjection(Recipients recipients) {
        this.recipients = recipients;
    }

    public void apply(Object event) {
        if (event instanceof TicketOpened e) {
            recipients.opened(e.ticketId(), e.requester() == null ? new Contact(null, null)
                    : new Contact(e.requester().email(), e.requester().name()),
                    blankToNull(e.customFields().get(LANGUAGE_FIELD)), e.subject());
        } else if (event instanceof TicketAssigned e) {
            recipients.assigned(e.ticketId(), e.agentId(), e.teamId());
        } else if (event instanceof TicketUnassigned e) {
            recipients.assigned(e.ticketId(), null, null);
        } else if (event instanceof TicketEvent e && STATUS_AFTER.containsKey(event.getClass())) {
            recipients.status(e.ticketId(), STATUS_AFTER.get(event.getClass()).name());
        } else if (event instanceof AgentRegistered e) {
            recipients.agent(e.agentId(), new Contact(e.email(), e.displayName()));
        } else if (event instanceof AgentUpdated e) {
            recipients.agent(e.agentId(), new Contact(e.email(), e.displayName()));
        } else if (event instanceof TeamDefined e) {
            recipients.team(e.teamId(), e.supervisorAgentId());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
