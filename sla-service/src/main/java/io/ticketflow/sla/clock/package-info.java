/**
 * The SLA clocks of one ticket as a pure function: ticket events (and the passing of time) in, SLA events and
 * escalation commands out. Time is the events' own: before an event at instant t is applied, every warning and
 * breach due at or before t is raised first, with its true instant, so feeding a ticket's events again into a fresh
 * instance produces the same SLA events, with the same ids, in the same order. No Spring, no database, no
 * wall clock here; storage and timers live in {@code io.ticketflow.sla.timer}.
 */
package io.ticketflow.sla.clock;
