/**
 * What one caller may send: a request rate per principal (a token bucket keyed by the token's {@code sub}, sized
 * by the most generous limit of the token's roles, so internal systems may send far more than people; in memory, or
 * in Redis when several gateway replicas must share the count), answered with 429 and
 * {@code Retry-After} when exceeded, and a request body size (413), checked on the declared length and on bodies
 * streamed without one. Both run after authentication, so only a verified principal is counted. Requests without a
 * token (health, the API documentation) get a small limit of their own per client address.
 */
package io.ticketflow.gateway.limits;
