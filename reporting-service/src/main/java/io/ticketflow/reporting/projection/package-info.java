/**
 * The read models of reporting. {@code ticket_fact} holds one row per ticket with the dimensions analysts
 * slice by (type, priority, channel, status, tags, organisation, opened-at) plus the bookkeeping that makes a
 * rebuild checkable (last event id, version). Writes come in batches from the messaging adapter, inside the
 * transaction that claims the events in the inbox.
 */
package io.ticketflow.reporting.projection;
