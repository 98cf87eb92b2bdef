/**
 * Wiring and typed settings under {@code ticketflow.*}: the outbox relay's ({@code ticketflow.routing.outbox}),
 * the tenant stamped on published messages, and the clock the service reads time from.
 */
package io.ticketflow.routing.config;
