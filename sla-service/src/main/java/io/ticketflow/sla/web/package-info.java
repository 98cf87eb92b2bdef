/**
 * REST: business calendars under {@code /api/sla/calendars} ({@code CalendarController}), SLA policies under
 * {@code /api/sla/policies} ({@code PolicyController}) and teams' calendars under {@code /api/sla/teams}
 * ({@code TeamCalendarController}), each change a new version carried as {@code ETag} and
 * required back in {@code If-Match} ({@code Versions}). Every refusal is an {@code application/problem+json} body
 * naming each field and its reason ({@code ProblemResponses}); unknown JSON fields are refused. A ticket's clocks
 * as of now under {@code /api/sla/tickets/{id}} ({@code TicketSlaController}). Who may read and who may change,
 * by the roles of the caller's token, is {@code SlaAccess}.
 */
package io.ticketflow.sla.web;
