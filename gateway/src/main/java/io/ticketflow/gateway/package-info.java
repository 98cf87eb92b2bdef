/**
 * The gateway: the only door clients use. Routes live in {@code application.yml} (one per owning service, each
 * with its timeout, retries for reads and a circuit breaker); this package holds what every request needs on the
 * way in (a correlation id), the limits a caller gets ({@link io.ticketflow.gateway.GatewayProperties}) and the
 * problem+json shape of the gateway's own refusals. Who may call what is in {@code security}, rate and body size
 * limits in {@code limits}, the answer for a service that is down in {@code resilience}.
 */
package io.ticketflow.gateway;
