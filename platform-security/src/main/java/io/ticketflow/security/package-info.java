/**
 * Each Ticketflow servlet service as an OAuth2 resource server, applied by Spring Boot auto-configuration: every
 * request but health and info carries a JWT from the configured issuer ({@code ticketflow.security.*}, as at the
 * gateway), checked for signature, issuer, audience, expiry and subject; its {@code roles} claim becomes
 * {@code ROLE_<role>} authorities and a {@link io.ticketflow.security.Caller} any controller can take as an
 * argument, the one source of who calls (the gateway's {@code X-Ticketflow-*} headers are not read). A service adds
 * roles per path with {@link io.ticketflow.security.AuthorizationRules}; object-level rules stay with the service.
 * Refusals are problem+json: 401 with {@code WWW-Authenticate: Bearer}, 403, and 503 when the issuer's keys cannot
 * be fetched.
 */
package io.ticketflow.security;
