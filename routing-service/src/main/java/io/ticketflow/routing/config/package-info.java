/**
 * Wiring and typed settings under {@code ticketflow.routing.*} (handing offline agents' tickets to others), and
 * the clock the service reads time from. The outbox's settings ({@code ticketflow.outbox.*}) and the tenant it
 * stamps on published messages ({@code ticketflow.tenant}) belong to kafka-messaging's shared outbox.
 */
package io.ticketflow.routing.config;
