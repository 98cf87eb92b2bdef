package io.ticketflow.routing.web;

import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.routing.roster.Team;

import java.time.Instant;

/** A team as the API shows it; its members are {@code GET /api/agents?team={teamId}}. */
record TeamResource(String teamId, String name, String supervisorAgentId, RoutingStrategy strategy,
        Instant createdAt, Instant updatedAt, long version) {

    static TeamResource of(Team team) {
        return new TeamResource(team.teamId(), team.name(), team.supervisorAgentId(), team.strategy(),
                team.createdAt(), team.updatedAt(), team.version());
    }
}
