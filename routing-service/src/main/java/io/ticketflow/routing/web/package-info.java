/**
 * REST under {@code /api/routing}: the routing rules ({@code RoutingRulesController}). Every refusal is an
 * {@code application/problem+json} body with an {@code errors} list of {@code {field, reason}}, the field
 * being a path into the request ({@code rules[2].match.priorities[0]}) or a header's name.
 */
package io.ticketflow.routing.web;
