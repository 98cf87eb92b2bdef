package io.ticketflow.routing.engine;

/**
 * One agent the decision looked at.
 *
 * @param skillScore the sum of the agent's levels in the rule's required skills (0 for a skill it lacks)
 * @param note       why the agent was not eligible ({@code "offline; at capacity 5/5"}), or null if it was
 */
public record Candidate(String agentId, int load, int capacity, int skillScore, boolean eligible, String note) {
}
