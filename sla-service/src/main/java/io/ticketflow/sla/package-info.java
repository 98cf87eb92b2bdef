/**
 * The sla-service: SLA policies, business calendars and durable timers that warn, breach and escalate.
 * The clocks come later; for now it keeps the facts they will start from: which tickets were opened, of
 * which type and priority, and when. Consumes {@code ticketflow.ticket-events} (group {@code sla-service});
 * emits nothing yet.
 */
package io.ticketflow.sla;
