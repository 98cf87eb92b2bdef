/**
 * The read models of reporting. {@code ticket_fact} holds one row per ticket with the dimensions analysts
 * slice by (type, priority, channel, status, tags, organisation, opened-at) plus the bookkeeping that makes a
 * rebuild checkable (last event id, and version: how many of the ticket's events were folded into the row).
 * {@code ticket_volume_hourly} counts opened tickets per UTC hour, type, channel and priority; its counters are
 * incremented, so they are right only because the inbox lets each event through once. Writes come in batches
 * from the messaging adapter, inside the transaction that claims the events in the inbox.
 */
package io.ticketflow.reporting.projection;
