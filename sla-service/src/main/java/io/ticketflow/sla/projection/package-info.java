/**
 * The SLA service's own copy of the ticket facts its clocks will start from ({@code ticket_awaiting_clocks}:
 * type, priority, opened-at), written in batches inside the transaction that claims the events in the
 * inbox. It never reads the ticket-service's tables.
 */
package io.ticketflow.sla.projection;
