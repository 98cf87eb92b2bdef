package io.ticketflow.routing.rules;

/**
 * The roster's answer to "is there such a team?", asked when a rule names a team (implemented by
 * {@code roster.RosterTeams}). A team removed from the roster later leaves its rules in place: their
 * tickets queue, and the decisions say the team is not in the roster.
 */
@FunctionalInterface
public interface KnownTeams {

    boolean exists(String teamId);
}
