package io.ticketflow.api.command;

import io.ticketflow.api.ticket.Actor;

import java.time.Instant;
import java.util.UUID;

/** What every command on {@code ticketflow.ticket-commands} carries. */
public interface TicketCommand {
    /** Idempotency key: the same command id is applied at most once. */
    UUID commandId();

    /** The ticket the command is for, also the record key. */
    UUID ticketId();

    /** Who asks; becomes the acting party of the resulting event. */
    Actor issuedBy();

    Instant issuedAt();
}
