package io.ticketflow.routing.web;

import io.ticketflow.api.agent.RoutingStrategy;
import io.ticketflow.routing.roster.ProfileRules;
import io.ticketflow.routing.roster.TeamDefinition;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/teams} (with {@code teamId}) and {@code PUT /api/teams/{id}} (the whole team,
 * optionally with the {@code version} it was based on). No strategy means {@code SKILLS_LEAST_LOADED}.
 */
record TeamRequest(
        @Pattern(regexp = ProfileRules.ID_PATTERN, message = AgentRequest.ID_RULE) String teamId,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = ProfileRules.ID_PATTERN, message = AgentRequest.ID_RULE) String supervisorAgentId,
        RoutingStrategy strategy,
        @Min(1) Long version) {

    TeamDefinition definition() {
        return new TeamDefinition(name, supervisorAgentId,
                strategy == null ? RoutingStrategy.SKILLS_LEAST_LOADED : strategy);
    }
}
