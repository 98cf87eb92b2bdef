/**
 * Routing's own copy of the ticket facts it will assign by ({@code ticket_awaiting_assignment}: type,
 * priority, channel, opened-at), written in batches inside the transaction that claims the events in the
 * inbox. Routing never reads the ticket-service's tables.
 */
package io.ticketflow.routing.projection;
