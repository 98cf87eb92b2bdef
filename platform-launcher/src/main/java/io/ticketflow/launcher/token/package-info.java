/**
 * A headless OAuth2 client of the platform's identity-server, on {@code java.net.http} alone: the authorization code
 * flow with PKCE as a browser would run it (authorize, the login form with its CSRF token, back to authorize, the code
 * in the redirect's {@code Location}, the token endpoint), the client credentials grant, and the reader of the secrets
 * file the identity-server generates. {@code ./ticketflow token} runs it; identity-server's integration test runs the
 * same classes (this package is also published as the launcher's {@code token-client} jar), so the flow the README
 * promises is the flow that is tested.
 */
package io.ticketflow.launcher.token;
