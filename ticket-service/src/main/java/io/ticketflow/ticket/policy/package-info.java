/**
 * Reacts to what happened to tickets, or to time passing, by sending commands: closing resolved tickets
 * once their resolution period has passed, and leaving a note on the ticket a duplicate was merged into.
 * Policies never change a ticket themselves; the aggregate decides, as for any other command.
 */
package io.ticketflow.ticket.policy;
