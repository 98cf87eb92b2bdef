package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentSkill;

import java.util.List;

/**
 * An agent's profile as a request proposes it, lists in the order given, so a refusal can name the entry
 * ({@code teamIds[2]}). {@link ProfileRules} checks it and makes the {@link AgentProfile} of it.
 */
public record ProposedProfile(
        String displayName,
        String email,
        List<String> teamIds,
        List<AgentSkill> skills,
        List<String> languages,
        int capacity) {

    public ProposedProfile {
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    @Override
    public String toString() {
        return "ProposedProfile[teamIds=" + teamIds + ", skills=" + skills + ", languages=" + languages
                + ", capacity=" + capacity + "]";
    }
}
