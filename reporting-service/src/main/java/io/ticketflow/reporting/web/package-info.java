/**
 * The REST API of reporting under {@code /api/reports}, read-only: the aggregate reports ({@code summary},
 * {@code backlog}, {@code volume}, {@code response-times}, {@code resolution-times}, {@code sla-compliance},
 * {@code satisfaction}, {@code agents}, {@code escalations}) and the fact table ({@code tickets}, {@code
 * tickets/{id}}). Each answers JSON, or CSV to {@code Accept: text/csv}. Errors are RFC 9457 problem details
 * ({@code application/problem+json}): parameters that are missing, wrong or unknown a 400 with an {@code errors}
 * list of {@code {field, reason}} naming every one, a ticket reporting does not know a 404 naming it; never a
 * stack trace.
 */
package io.ticketflow.reporting.web;
