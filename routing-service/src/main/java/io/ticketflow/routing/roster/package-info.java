/**
 * The roster: agents (profile with teams, skills and levels, languages and capacity; availability), and teams
 * (name, supervisor, routing strategy), stored in routing's own PostgreSQL tables through plain JDBC.
 * {@code RosterService} changes it, every change in one transaction with the outbox row of its event
 * ({@code AgentRegistered}, {@code AgentUpdated}, {@code AgentAvailabilityChanged}, {@code TeamDefined});
 * {@code Roster} is how the rest of the service reads it. Whole-profile rules are {@code ProfileRules};
 * agents' load is not here, the assignment loop keeps it.
 */
package io.ticketflow.routing.roster;
