package io.ticketflow.notification.email;

import io.ticketflow.api.notification.NotificationChannel;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.notification.delivery.EventReaction;
import io.ticketflow.notification.delivery.NewDelivery;
import io.ticketflow.notification.recipients.RecipientProjection;
import io.ticketflow.notification.recipients.Recipients;
import io.ticketflow.notification.recipients.TicketRecipients;
import org.springframework.stereotype.Component;

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

    EmailReaction(RecipientProjection projection, Recipients recipients, EmailPreferences preferences,
            EmailRules rules) {
        this.projection = projection;
        this.recipients = recipients;
        this.preferences = preferences;
        this.rules = rules;
    }

    @Override
    public List<NewDelivery> react(List<Envelope<Object>> events) {
        List<NewDelivery> deliveries = new ArrayList<>();
        for (Envelope<Object> envelope : events) {
            Object event = envelope.payload();
            projection.apply(event);
            if (!rules.concerns(event)) {
                continue;
            }
            Optional<UUID> ticketId = EmailRules.ticketOf(event);
            TicketRecipients ticket = ticketId.flatMap(recipients::ticket).orElse(null);
            Optional<String> supervisor = ticket == null ? Optional.empty() : recipients.supervisorOf(ticket.teamId());
            for (EmailRules.Mail mail : rules.decide(event, ticket, supervisor)) {
                if (!preferences.optedOut(mail.recipient(), mail.kind())) {
                    deliveries.add(new NewDelivery(envelope.eventId(), NotificationChannel.EMAIL, mail.recipient(),
                            ticketId.orElse(null), mail.kind().code(), mail.data(), envelope.occurredAt()));
                }
            }
        }
        return deliveries;
    }
}
