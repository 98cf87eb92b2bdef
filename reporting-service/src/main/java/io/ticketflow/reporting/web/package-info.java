/**
 * The REST API of reporting under {@code /api/reports}. Errors are RFC 9457 problem details
 * ({@code application/problem+json}): a ticket reporting does not know is a 404 naming it, a malformed id a
 * 400, report parameters that are missing or wrong a 400 with an {@code errors} list of {@code {field,
 * reason}}; never a stack trace. Read-only: {@code GET /api/reports/tickets/{id}} (one ticket's facts) and
 * {@code GET /api/reports/volume?from=&to=} (tickets opened per hour, at most 31 days at a time).
 */
package io.ticketflow.reporting.web;
