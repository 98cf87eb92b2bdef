package io.ticketflow.api.agent;

/**
 * A skill an agent has, and how well: routing matches the skills a ticket needs against these.
 *
 * @param skill a skill tag such as {@code billing} or {@code printers}, the vocabulary of ticket tags
 * @param level 1 (basic) to 5 (expert)
 */
public record AgentSkill(String skill, int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public AgentSkill {
        if (skill == null || skill.isBlank()) {
            throw new IllegalArgumentException("skill is required");
        }
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("skill level must be 1 to 5, was " + level);
        }
    }
}
