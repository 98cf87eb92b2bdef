package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.AssignTicket;

/**
 * Where assignment's commands go: stored in the transaction that decided them, published after it commits,
 * so a decision is never lost and never published without being stored.
 */
public interface CommandOutbox {

    void send(AssignTicket command);
}
