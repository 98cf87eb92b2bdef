/**
 * Test tokens: {@link io.ticketflow.testkit.identity.TestIssuer} is a real OAuth2 issuer as far as a resource
 * server can tell (an RSA key, its JWK set and discovery document over HTTP on a free port) that mints JWTs with
 * any claims, the valid ones and the ones a resource server must refuse (expired, wrong issuer, wrong audience,
 * tampered, signed with another key). Gateway and services point their JWT validation at it instead of mocking it.
 */
package io.ticketflow.testkit.identity;
