package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Let the ticket wait on the requester (PENDING); the requester's next public reply resumes it.
 *
 * @param reason what the agent is waiting for, in a few words
 */
public record AwaitCustomerCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String reason,
        Actor issuedBy) {
}
