package io.ticketflow.routing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Tickets, rules and agents for engine tests, each with sensible defaults and one thing changed. */
final class Routing {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final String TEAM = "network";

    private Routing() {
    }

    static TicketFacts ticket() {
        return new TicketFacts(UUID.fromString("00000000-0000-0000-0000-000000000001"), "INCIDENT", "VPN",
                Set.of("vpn", "login"), "HIGH", "WEB", "de-CH", "Acme", T0);
    }

    static TicketFacts ticketInLanguage(String language) {
        TicketFacts t = ticket();
        return new TicketFacts(t.ticketId(), t.type(), t.category(), t.tags(), t.priority(), t.channel(), language,
                t.organisation(), t.openedAt());
    }

    static Rule rule(int position, String name, RuleMatch match, String teamId, SkillRequirement... skills) {
        return new Rule(UUID.nameUUIDFromBytes(name.getBytes()), position, name, match, teamId, List.of(skills));
    }

    static Rule vpnRule() {
        return rule(1, "VPN incidents", RuleMatch.ANY, TEAM, new SkillRequirement("vpn", 3),
                new SkillRequirement("windows", 2));
    }

    static Map<String, TeamView> teams(Strategy strategy) {
        return Map.of(TEAM, new TeamView(TEAM, strategy));
    }

    /** Online, in the team, vpn 3 and windows 2 (skill score 5), speaks de, load 0 of 5, never assigned. */
    static Agent agent(String id) {
        return new Agent(id);
    }

    static final class Agent {
        private final String id;
        private Set<String> teams = Set.of(TEAM);
        private Map<String, Integer> skills = Map.of("vpn", 3, "windows", 2);
        private Set<String> languages = Set.of("de");
        private int capacity = 5;
        private int load;
        private Availability availability = Availability.ONLINE;
        private Instant lastAssignedAt;

        private Agent(String id) {
            this.id = id;
        }

        Agent teams(String... teamIds) {
            teams = Set.of(teamIds);
            return this;
        }

        Agent skills(Map<String, Integer> levels) {
            skills = levels;
            return this;
        }

        Agent languages(String... tags) {
            languages = Set.of(tags);
            return this;
        }

        Agent load(int active, int max) {
            load = active;
            capacity = max;
            return this;
        }

        Agent availability(Availability value) {
            availability = value;
            return this;
        }

        Agent lastAssigned(Instant at) {
            lastAssignedAt = at;
            return this;
        }

        AgentView view() {
            return new AgentView(id, teams, skills, languages, capacity, load, availability, lastAssignedAt);
        }
    }

    static List<AgentView> agents(Agent... agents) {
        return java.util.Arrays.stream(agents).map(Agent::view).toList();
    }

    static Decision decide(Strategy strategy, Agent... agents) {
        return RoutingEngine.decide(ticket(), List.of(vpnRule()), teams(strategy), agents(agents), Set.of());
    }
}
