/**
 * The gateway: the only door clients use. Routes live in {@code application.yml} (one per owning
 * service); this package adds what every request needs on the way in, starting with a correlation id.
 * Authentication, rate limits and circuit breakers arrive with the gateway issue.
 */
package io.ticketflow.gateway;
