/**
 * The REST API of reporting under {@code /api/reports}. Errors are RFC 9457 problem details
 * ({@code application/problem+json}): a ticket reporting does not know is a 404 naming it, a malformed id a
 * 400; never a stack trace.
 */
package io.ticketflow.reporting.web;
