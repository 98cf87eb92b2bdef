/**
 * REST: the roster under {@code /api/agents} ({@code AgentController}) and {@code /api/teams}
 * ({@code TeamController}), with optimistic concurrency through {@code ETag} / {@code If-Match}
 * ({@code Versions}); the routing rules under {@code /api/routing/rules} ({@code RoutingRulesController}) and
 * the decision log under {@code /api/routing/decisions}. Every refusal is an {@code application/problem+json}
 * body naming the field and the reason; unknown JSON fields are refused. platform-web's {@code CorrelationId}
 * filter carries the gateway's {@code X-Correlation-Id} into logs and onto the events a request causes. Which
 * roles of the caller's token may read and which may change is {@code RosterAccess}.
 */
package io.ticketflow.routing.web;
