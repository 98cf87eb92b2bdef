package io.ticketflow.routing.engine;

/** A skill a rule asks for, and the lowest level (1 to 5) that will do. */
public record SkillRequirement(String skill, int minLevel) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
}
