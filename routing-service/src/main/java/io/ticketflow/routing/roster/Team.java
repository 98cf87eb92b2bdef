package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.RoutingStrategy;

import java.time.Instant;

/**
 * A team as the roster stores it. Its members are the agents whose profiles name it.
 *
 * @param version raised by every change of the team's definition
 */
public record Team(String teamId, TeamDefinition definition, Instant createdAt, Instant updatedAt, long version) {

    public String name() {
        return definition.name();
    }

    /** Null when the team has no supervisor. */
    public String supervisorAgentId() {
        return definition.supervisorAgentId();
    }

    public RoutingStrategy strategy() {
        return definition.strategy();
    }
}
