/**
 * The sla-service: SLA policies and business calendars ({@code agreement}, {@code calendar}), the clocks of each
 * ticket as a pure function of its events ({@code clock}), their durable state and timers ({@code timer}), Kafka
 * in ({@code messaging}: {@code ticketflow.ticket-events}, group {@code sla-service}) and REST under
 * {@code /api/sla} ({@code web}). Emits SLA events on {@code ticketflow.sla-events} and escalation commands on
 * {@code ticketflow.ticket-commands} through the transactional outbox.
 */
package io.ticketflow.sla;
