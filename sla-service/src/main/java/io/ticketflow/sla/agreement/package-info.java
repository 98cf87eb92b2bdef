/**
 * SLA policies: which tickets they cover (type, priority, requester organisation), the targets they promise in
 * business time, the calendar that business time is counted in, and what happens on a warning or a breach; and
 * the calendar each routing team works in, which counts a ticket's business time when its policy names none.
 * Policies, calendars and team calendars are versioned: a change is a new version, and a ticket's clocks keep the
 * versions they started under, so a clock is a pure function of the ticket's events and those versions. The
 * versions are rows that are only ever inserted ({@code SlaDefinitions} writes them once {@code CalendarValidation},
 * {@code PolicyValidation} or {@code TeamCalendarValidation} accepts them); {@code StoredPolicyBook} holds them all
 * in memory for the clocks and reads what is new when the database's change counter moves.
 */
package io.ticketflow.sla.agreement;
