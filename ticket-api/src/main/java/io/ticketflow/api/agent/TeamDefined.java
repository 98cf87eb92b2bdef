package io.ticketflow.api.agent;

import java.time.Instant;

/**
 * A team was created or changed; the event carries the whole team, so the last one per team is all a
 * consumer needs. Published on {@code ticketflow.agent-events} with the team id as key. Membership is not
 * here: it is part of each agent's profile ({@code teamIds}).
 *
 * @param teamId            stable id of the team, also the record key
 * @param name              the team's name as shown to agents
 * @param supervisorAgentId the agent who supervises the team; null when it has none
 * @param strategy          how routing picks an agent within the team
 * @param definedAt         when the team got this definition
 */
public record TeamDefined(
        String teamId,
        String name,
        String supervisorAgentId,
        RoutingStrategy strategy,
        Instant definedAt) {

    public TeamDefined {
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("teamId is required");
        }
        if (strategy == null) {
            throw new IllegalArgumentException("strategy is required");
        }
    }
}
