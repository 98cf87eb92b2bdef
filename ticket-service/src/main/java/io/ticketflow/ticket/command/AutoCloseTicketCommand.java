package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Close a resolved ticket because its resolution period has passed (reason AUTO_CLOSED). Sent by the
 * platform's auto-closer, never by a person: {@link AutoClosePolicy} decides whether it is due.
 */
public record AutoCloseTicketCommand(@TargetAggregateIdentifier UUID ticketId) {

    /** Who closes a ticket automatically, as the audit trail shows it. */
    public static final Actor AUTO_CLOSER = Actor.system("auto-close");
}
