/**
 * The Ticket aggregate and the commands it handles. Every rule a support organisation relies on lives
 * here; every accepted command becomes an event in the store, which is the only source of truth.
 */
package io.ticketflow.ticket.command;
