package io.ticketflow.notification.email;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.notification.delivery.EventReaction;
import io.ticketflow.notification.delivery.NewDelivery;
import io.ticketflow.notification.recipients.RecipientProjection;
import io.ticketflow.notification.recipients.Recipients;
import io.ticketflow.notification.recipients.TicketRecipients;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Email's side of the consumers: each event first updates the recipients projection, then the rules say who gets
 * which mail from the ticket as it now stands, minus those who opted out of that kind. Runs in the consumer's
 * transaction, so a redelivered event neither projects nor records anything twice.
 */
@Component
class EmailReaction implements EventReaction {

    private final RecipientProjection projection;
    private final Recipients recipients;
    private final EmailPreferences preferences;
    private final EmailRules rules;
    private final PendingSlaMails pending;

    EmailReaction(RecipientProjection projection, Recipients recipients, EmailPreferences preferences,
            EmailRules rules, PendingSlaMails pending) {
        this.projection = projection;
        this.recipients = recipients;
        this.preferences = preferences;
        this.rules = rules;
        this.pending = pending;
    }

    @Override
    public List<NewDelivery> react(List<Envelope<Object>> events) {
        List<NewDelivery> deliveries = new ArrayList<>();
        for (Envelope<Object> envelope : events) {
            Object event = envelope.payload();
            projection.apply(event);
            if (event instanceof TicketAssigned assigned) {
                pending.lock(assigned.ticketId());
                decideWaiting(assigned.ticketId(), deliveries);
            } else if (event instanceof TicketClosed closed) {
                pending.lock(closed.ticketId());
                pending.take(closed.ticketId()); // no owner came: nobody to warn any more
            }
            if (!rules.concerns(event)) {
                continue;
            }
            Optional<UUID> ticketId = EmailRules.ticketOf(event);
            if (event instanceof SlaEvent sla) {
                // the ticket-events consumer takes the same lock after projecting an assignment: one of the two
                // sees the other's work, so an SLA event never waits for an assignment already made
                pending.lock(sla.ticketId());
            }
            TicketRecipients ticket = ticketId.flatMap(recipients::ticket).orElse(null);
            if (event instanceof SlaEvent sla && (ticket == null || ticket.assigneeAgentId() == null)) {
                // the ticket is not projected yet, or has no owner yet: decided when its assignment comes
                pending.keep(envelope.eventId(), sla.ticketId(), event, envelope.type(), envelope.occurredAt());
                continue;
            }
            decide(envelope.eventId(), event, envelope.occurredAt(), ticket, ticketId.orElse(null), deliveries);
        }
        return deliveries;
    }

    private void decideWaiting(UUID ticketId, List<NewDelivery> deliveries) {
        TicketRecipients ticket = recipients.ticket(ticketId).orElse(null);
        if (ticket == null || ticket.assigneeAgentId() == null) {
            return;
        }
        for (PendingSlaMails.Pending waiting : pending.take(ticketId)) {
            decide(waiting.eventId(), waiting.event(), waiting.occurredAt(), ticket, ticketId, deliveries);
        }
    }

    private void decide(UUID eventId, Object event, Instant occurredAt, TicketRecipients ticket,
            UUID ticketId, List<NewDelivery> deliveries) {
        Optional<String> supervisor = ticket == null ? Optional.empty() : recipients.supervisorOf(ticket.teamId());
        for (EmailRules.Mail mail : rules.decide(event, ticket, supervisor)) {
            if (!preferences.optedOut(mail.recipient(), mail.kind())) {
                deliveries.add(new NewDelivery(eventId, NotificationChannel.EMAIL, mail.recipient(), ticketId,
                        mail.kind().code(), mail.data(), occurredAt));
            }
        }
    }
}
