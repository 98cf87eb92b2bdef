package io.ticketflow.routing.engine;

/** How a team picks its agent for a ticket; {@link #SKILLS_LEAST_LOADED} when a team names none. */
public enum Strategy {
    /** Among eligible agents with the rule's skills: lowest load, then skill score, then round-robin. */
    SKILLS_LEAST_LOADED,
    /** Among eligible agents, skills ignored: the one who waited longest since their last assignment. */
    ROUND_ROBIN,
    /** Nobody is picked: the ticket waits in the team's queue for a person to assign it. */
    MANUAL;

    public static final Strategy DEFAULT = SKILLS_LEAST_LOADED;
}
