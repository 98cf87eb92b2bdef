package io.ticketflow.api.agent;

/**
 * How routing picks an agent within a team. {@code SKILLS_LEAST_LOADED} (the default): among the online
 * members with the skills and free capacity, the one with the fewest active tickets. {@code ROUND_ROBIN}:
 * the online member with free capacity who was assigned longest ago, skills ignored. {@code MANUAL}: nobody;
 * tickets wait in the team's queue for a person to assign them.
 */
public enum RoutingStrategy {
    SKILLS_LEAST_LOADED, ROUND_ROBIN, MANUAL
}
