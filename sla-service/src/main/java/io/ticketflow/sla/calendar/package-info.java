/**
 * Business calendars and the arithmetic of business time: when a duration of working time, started at an
 * instant, runs out, and how much working time lies between two instants, across nights, weekends, holidays
 * and daylight-saving changes. Pure code: no Spring, no clock of its own, so SLA deadlines come out the same
 * every time they are computed.
 */
package io.ticketflow.sla.calendar;
