/**
 * What an access token says beyond the protocol's defaults: the audience, the client, and the roles (and, for a
 * person, the email address) resource servers authorise on.
 */
package io.ticketflow.identity.token;
