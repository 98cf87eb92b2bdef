/**
 * What a caller gets when a service cannot answer: each route has a response timeout, retries for reads
 * (GET/HEAD, on connection failures and 502/503/504) and a circuit breaker, all set in {@code application.yml};
 * {@link io.ticketflow.gateway.resilience.ServiceFallback} is where the breakers send a failed call, and answers
 * 503 (or 504 after a timeout) as problem+json naming the service, never a 500 or a stack trace.
 */
package io.ticketflow.gateway.resilience;
