/**
 * Who may call what. Every request but health carries a JWT from the configured issuer, checked for signature
 * (the issuer's published keys), issuer, audience and expiry; {@link io.ticketflow.gateway.security.RouteAccess} is
 * the one table of which roles may use which route; {@link io.ticketflow.gateway.security.IdentityHeaders} tells
 * the services who calls, replacing whatever the caller claimed. Refusals are problem+json: 401 with
 * {@code WWW-Authenticate: Bearer} for a missing or bad token, 403 for a role the route does not admit.
 */
package io.ticketflow.gateway.security;
