/**
 * The seeded demo users of the local platform and the roles of the platform (requester, agent, supervisor, admin,
 * analyst, system), as names the tokens carry.
 */
package io.ticketflow.identity.users;
