package io.ticketflow.routing.rules;

/**
 * The roster's answer to "is there such a team?", asked when a rule names a team. Implemented by the roster;
 * while no bean implements it, the check is skipped and any well-formed team id is accepted (a rule for a
 * team the roster does not know queues its tickets, and its decisions say the team is not in the roster).
 */
@FunctionalInterface
public interface KnownTeams {

    boolean exists(String teamId);
}
