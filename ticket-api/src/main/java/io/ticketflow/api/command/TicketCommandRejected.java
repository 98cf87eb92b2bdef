package io.ticketflow.api.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A command on {@code ticketflow.ticket-commands} was refused by the ticket's rules (or named a ticket that
 * does not exist); published by ticket-service on {@code ticketflow.ticket-command-results}, keyed by ticket
 * id, once per command id. The ticket did not change. Unreadable commands are not answered here: they go to
 * the dead-letter topic.
 *
 * @param commandId   the refused command's id
 * @param ticketId    the ticket it was for; also the record key
 * @param commandType the refused command's logical name, e.g. {@code AssignTicket}
 * @param reason      why it was refused, one sentence for a person to read
 * @param field       the command field the refusal is about; null when it is about the ticket as a whole
 * @param rejectedAt  when ticket-service refused it
 */
public record TicketCommandRejected(
        UUID commandId,
        UUID ticketId,
        String commandType,
        String reason,
        String field,
        Instant rejectedAt) {
}
