package io.ticketflow.routing.roster;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an agent's profile says, in canonical form: teams, skills and languages are sorted sets, so two
 * profiles are equal exactly when they say the same, however a request ordered them (a change that changes
 * nothing publishes nothing). Built from a request by {@link ProfileRules}.
 *
 * @param displayName the name shown to customers (personal data)
 * @param email       where the agent is notified (personal data)
 * @param skills      skill → level, 1 to 5
 * @param languages   canonical BCP 47 tags
 * @param capacity    the most active tickets routing may give the agent at once
 */
public record AgentProfile(
        String displayName,
        String email,
        SortedSet<String> teamIds,
        SortedMap<String, Integer> skills,
        SortedSet<String> languages,
        int capacity) {

    public static final int MAX_CAPACITY = 1000;

    public AgentProfile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        teamIds = Collections.unmodifiableSortedSet(new TreeSet<>(teamIds));
        skills = Collections.unmodifiableSortedMap(new TreeMap<>(skills));
        languages = Collections.unmodifiableSortedSet(new TreeSet<>(languages));
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be 0 to " + MAX_CAPACITY + ", was " + capacity);
        }
    }

    public static AgentProfile of(String displayName, String email, Collection<String> teamIds,
            Map<String, Integer> skills, Collection<String> languages, int capacity) {
        return new AgentProfile(displayName, email, new TreeSet<>(teamIds), new TreeMap<>(skills),
                new TreeSet<>(languages), capacity);
    }

    public boolean isMemberOf(String teamId) {
        return teamIds.contains(teamId);
    }

    @Override
    public String toString() {
        // display name and email are personal data: never in a log line
        return "AgentProfile[teamIds=" + teamIds + ", skills=" + skills + ", languages=" + languages
                + ", capacity=" + capacity + "]";
    }
}
