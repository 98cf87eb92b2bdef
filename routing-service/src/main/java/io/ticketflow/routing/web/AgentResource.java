package io.ticketflow.routing.web;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentSkill;
import io.ticketflow.routing.roster.Agent;

import java.time.Instant;
import java.util.List;

/** An agent as the API shows it: the request's fields, sorted, plus availability, timestamps and version. */
record AgentResource(
        String agentId,
        String displayName,
        String email,
        List<String> teamIds,
        List<AgentSkill> skills,
        List<String> languages,
        int maxConcurrentTickets,
        AgentAvailability availability,
        Instant availabilitySince,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static AgentResource of(Agent agent) {
        return new AgentResource(agent.agentId(), agent.profile().displayName(), agent.profile().email(),
                List.copyOf(agent.teamIds()),
                agent.skills().entrySet().stream().map(s -> new AgentSkill(s.getKey(), s.getValue())).toList(),
                List.copyOf(agent.languages()), agent.capacity(), agent.availability(), agent.availabilitySince(),
                agent.createdAt(), agent.updatedAt(), agent.version());
    }

    @Override
    public String toString() {
        return "AgentResource[agentId=" + agentId + ", availability=" + availability + ", version=" + version + "]";
    }
}
