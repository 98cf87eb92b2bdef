package io.ticketflow.ticket.policy;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.projection.TicketAsOf;
import io.ticketflow.ticket.projection.TicketEventStream;
import io.ticketflow.ticket.projection.TicketView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The target's side of a merge: an internal note on the ticket that carries on, saying which duplicate was
 * merged into it, so its agents know where the rest of the request's history is. Runs on its own tracking
 * processor (configured in ..config.PolicyProcessingConfig), so the note follows the merge within
 * milliseconds and survives restarts (the token is stored).
 *
 * <p>Exactly one note per merge: the note's message id derives from the merge event's id, and the
 * aggregate writes a message id once, so a redelivery or a replay of this processor notes nothing twice.
 */
@Component
@ProcessingGroup(MergeNotes.PROCESSING_GROUP)
public class MergeNotes {

    public static final String PROCESSING_GROUP = "merge-notes";
    /** Who writes the note: the platform, whoever merged (a customer may not write internal notes). */
    static final Actor AUTHOR = Actor.system("merge-notes");
    private static final Logger log = LoggerFactory.getLogger(MergeNotes.class);

    private final CommandGateway gateway;
    private final TicketEventStream events;

    MergeNotes(CommandGateway gateway, TicketEventStream events) {
        this.gateway = gateway;
        this.events = events;
    }

    @EventHandler
    void on(TicketMerged merged, @MessageIdentifier String eventId) {
        Optional<TicketView> target = now(merged.targetTicketId());
        if (target.isEmpty() || "CLOSED".equals(target.get().status())) {
            // The REST layer refuses such a merge; this only happens when the target closed in between. A
            // closed ticket takes no notes, and retrying would never succeed: the source's link remains.
            log.warn("ticket {} merged into {}, which {}: no note on it", merged.ticketId(), merged.targetTicketId(),
                    target.isEmpty() ? "does not exist" : "is closed");
            return;
        }
        String subject = now(merged.ticketId()).map(TicketView::subject).orElse("");
        UUID messageId = UUID.nameUUIDFromBytes(("merge-note:" + eventId).getBytes(StandardCharsets.UTF_8));
        try {
            gateway.sendAndWait(new AddTicketMessageCommand(merged.targetTicketId(), messageId,
                    MessageVisibility.INTERNAL_NOTE, noteFor(merged, subject), List.of(), AUTHOR));
        } catch (TicketRuleViolation refused) {
            // the target closed since the check above: a refusal is final, retrying would only block the
            // processor (see PolicyProcessingConfig: this command has a transaction of its own)
            log.warn("no note on ticket {} about the merge of {}: {}", merged.targetTicketId(), merged.ticketId(),
                    refused.getMessage());
        }
    }

    static String noteFor(TicketMerged merged, String subject) {
        Actor by = merged.mergedBy();
        return "Ticket " + merged.ticketId() + (subject.isEmpty() ? "" : " (\"" + subject + "\")")
                + " was merged into this ticket as a duplicate by " + by.kind().name().toLowerCase(Locale.ROOT)
                + ":" + by.id() + "; its conversation stays on it.";
    }

    private Optional<TicketView> now(UUID ticketId) {
        return TicketAsOf.fold(events.of(ticketId), Instant.MAX);
    }
}
