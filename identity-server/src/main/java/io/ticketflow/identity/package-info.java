/**
 * The local platform's OIDC issuer, on Spring Authorization Server: the demo users log in with generated passwords, the
 * first-party clients get RS256 JWT access tokens carrying the claims the gateway and services authorise on
 * ({@code sub}, {@code roles}, {@code email}, {@code client_id}, audience {@code ticketflow}). It exists so that
 * {@code ./ticketflow up} works without an external identity provider; an organisation points Ticketflow at its own
 * issuer instead and never runs this module.
 */
package io.ticketflow.identity;
