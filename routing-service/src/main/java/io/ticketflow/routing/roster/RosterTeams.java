package io.ticketflow.routing.roster;

import io.ticketflow.routing.rules.KnownTeams;
import org.springframework.stereotype.Component;

/** The rules' check that a rule routes to a team the roster knows. */
@Component
class RosterTeams implements KnownTeams {

    private final Roster roster;

    RosterTeams(Roster roster) {
        this.roster = roster;
    }

    @Override
    public boolean exists(String teamId) {
        return roster.team(teamId).isPresent();
    }
}
