/**
 * REST: the roster under {@code /api/agents} ({@code AgentController}) and {@code /api/teams}
 * ({@code TeamController}), with optimistic concurrency through {@code ETag} / {@code If-Match}
 * ({@code Versions}). Every refusal is an {@code application/problem+json} body naming the field and the reason
 * ({@code ProblemResponses}); unknown JSON fields are refused. {@code CorrelationId} carries the gateway's
 * {@code X-Correlation-Id} into logs and onto the events a request causes.
 */
package io.ticketflow.routing.web;
