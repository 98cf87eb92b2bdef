package io.ticketflow.routing.web;

import io.ticketflow.api.agent.AgentSkill;
import io.ticketflow.routing.roster.AgentProfile;
import io.ticketflow.routing.roster.ProfileRules;
import io.ticketflow.routing.roster.ProposedProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST /api/agents} (with {@code agentId}) and {@code PUT /api/agents/{id}} (the whole profile,
 * optionally with the {@code version} it was based on). Absent lists are empty. Bean Validation checks each
 * field; {@link ProfileRules} the whole profile, the roster its references to teams.
 */
record AgentRequest(
        @Pattern(regexp = ProfileRules.ID_PATTERN, message = AgentRequest.ID_RULE) String agentId,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 50) List<@NotNull @Pattern(regexp = ProfileRules.ID_PATTERN, message = ID_RULE) String> teamIds,
        @Size(max = 100) List<@NotNull @Valid SkillRequest> skills,
        @Size(max = 20) List<@NotBlank String> languages,
        @NotNull @Min(0) @Max(AgentProfile.MAX_CAPACITY) Integer maxConcurrentTickets,
        @Min(1) Long version) {

    static final String ID_RULE = "must be 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit";

    record SkillRequest(
            @NotNull @Pattern(regexp = ProfileRules.SKILL_PATTERN,
                    message = "must be 1 to 50 of a-z, 0-9, '_', '.', ':' and '-', starting with a letter or digit")
            String skill,
            @NotNull @Min(AgentSkill.MIN_LEVEL) @Max(AgentSkill.MAX_LEVEL) Integer level) {
    }

    ProposedProfile profile() {
        List<AgentSkill> levels = skills == null ? List.of()
                : skills.stream().map(skill -> new AgentSkill(skill.skill(), skill.level())).toList();
        return new ProposedProfile(displayName, email, teamIds, levels, languages, maxConcurrentTickets);
    }

    @Override
    public String toString() {
        // display name and email are personal data: never in a log line
        return "AgentRequest[agentId=" + agentId + ", teamIds=" + teamIds + ", skills=" + skills + ", languages="
                + languages + ", maxConcurrentTickets=" + maxConcurrentTickets + ", version=" + version + "]";
    }
}
