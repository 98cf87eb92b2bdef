package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.RoutingStrategy;

import java.util.Objects;

/**
 * What a team's definition says.
 *
 * @param supervisorAgentId an existing agent, or null
 */
public record TeamDefinition(String name, String supervisorAgentId, RoutingStrategy strategy) {

    public TeamDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
    }
}
