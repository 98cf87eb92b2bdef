package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The requester rates how the ticket was handled, once, after resolution.
 *
 * @param score   1 (very unhappy) to 5 (very happy)
 * @param comment what the requester wrote (personal data); may be null
 */
public record RateSatisfactionCommand(
        @TargetAggregateIdentifier UUID ticketId,
        int score,
        String comment,
        Actor issuedBy) {

    @Override
    public String toString() {
        return "RateSatisfactionCommand[ticketId=" + ticketId + ", score=" + score + ", issuedBy=" + issuedBy + "]";
    }
}
