package io.ticketflow.routing.roster;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentSkill;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.messaging.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changes the roster. Each change is one transaction that locks the agent or team it changes, writes it and
 * appends its event to the {@link Outbox}: both are stored or neither, and one agent's (or team's) events are
 * stored in the order its changes committed. A change that changes nothing writes and publishes nothing.
 */
@Service
@Transactional
public class RosterService {

    private final AgentRepository agents;
    private final TeamRepository teams;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RosterService(AgentRepository agents, TeamRepository teams, Outbox outbox, Clock clock,
            ApplicationEventPublisher events) {
        this.agents = agents;
        this.teams = teams;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new agent, OFFLINE until they say otherwise; publishes {@code AgentRegistered}.
     *
     * @throws RosterViolation naming every field that breaks a rule, unknown teams included
     * @throws AlreadyInRoster when the id is taken
     */
    public Agent register(String agentId, ProposedProfile proposed) {
        AgentProfile profile = checked(proposed);
        Instant now = now();
        if (!agents.insert(agentId, profile, now)) {
            throw new AlreadyInRoster("agent", "agentId", agentId);
        }
        outbox.append(agentId, new AgentRegistered(agentId, profile.displayName(), profile.email(),
                List.copyOf(profile.teamIds()), skills(profile), List.copyOf(profile.languages()), profile.capacity(),
                now), now);
        return new Agent(agentId, profile, AgentAvailability.OFFLINE, now, now, now, 1);
    }

    /**
     * Replaces the agent's profile; publishes {@code AgentUpdated} when it changed.
     *
     * @param expectedVersion the version the change was based on, or null to overwrite whatever is stored
     */
    public Agent update(String agentId, ProposedProfile proposed, Long expectedVersion) {
        Agent current = agents.lock(agentId).orElseThrow(() -> NotInRoster.agent(agentId));
        AgentProfile profile = checked(proposed);
        expectVersion("agent", agentId, expectedVersion, current.version());
        if (profile.equals(current.profile())) {
            return current;
        }
        Instant now = now();
        agents.updateProfile(agentId, profile, now);
        outbox.append(agentId, new AgentUpdated(agentId, profile.displayName(), profile.email(),
                List.copyOf(profile.teamIds()), skills(profile), List.copyOf(profile.languages()), profile.capacity(),
                now), now);
        events.publishEvent(RoomForWork.agent(agentId)); // more capacity, skills or teams may take queued work
        return new Agent(agentId, profile, current.availability(), current.availabilitySince(), current.createdAt(),
                now, current.version() + 1);
    }

    /** Publishes {@code AgentAvailabilityChanged} when the availability changed. */
    public Agent changeAvailability(String agentId, AgentAvailability availability, Long expectedVersion) {
        Objects.requireNonNull(availability, "availability");
        Agent current = agents.lock(agentId).orElseThrow(() -> NotInRoster.agent(agentId));
        expectVersion("agent", agentId, expectedVersion, current.version());
        if (availability == current.availability()) {
            return current;
        }
        Instant now = now();
        agents.updateAvailability(agentId, availability, now);
        outbox.append(agentId, new AgentAvailabilityChanged(agentId, availability, now), now);
        if (availability == AgentAvailability.ONLINE) {
            events.publishEvent(RoomForWork.agent(agentId));
        }
        return new Agent(agentId, current.profile(), availability, now, current.createdAt(), now,
                current.version() + 1);
    }

    /**
     * A new team; publishes {@code TeamDefined}.
     *
     * @throws RosterViolation when the supervisor is not an agent
     * @throws AlreadyInRoster when the id is taken
     */
    public Team define(String teamId, TeamDefinition definition) {
        checkSupervisor(definition);
        Instant now = now();
        if (!teams.insert(teamId, definition, now)) {
            throw new AlreadyInRoster("team", "teamId", teamId);
        }
        outbox.append(teamId, teamDefined(teamId, definition, now), now);
        return new Team(teamId, definition, now, now, 1);
    }

    /** Replaces the team's definition; publishes {@code TeamDefined} when it changed. */
    public Team redefine(String teamId, TeamDefinition definition, Long expectedVersion) {
        Team current = teams.lock(teamId).orElseThrow(() -> NotInRoster.team(teamId));
        checkSupervisor(definition);
        expectVersion("team", teamId, expectedVersion, current.version());
        if (definition.equals(current.definition())) {
            return current;
        }
        Instant now = now();
        teams.update(teamId, definition, now);
        outbox.append(teamId, teamDefined(teamId, definition, now), now);
        events.publishEvent(RoomForWork.team(teamId)); // e.g. no longer assigned by hand
        return new Team(teamId, definition, current.createdAt(), now, current.version() + 1);
    }

    private AgentProfile checked(ProposedProfile proposed) {
        List<Violation> violations = new ArrayList<>(ProfileRules.violations(proposed));
        Set<String> known = teams.existing(proposed.teamIds());
        for (int i = 0; i < proposed.teamIds().size(); i++) {
            if (!known.contains(proposed.teamIds().get(i))) {
                violations.add(new Violation("teamIds[" + i + "]", "is not a team (create it first)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RosterViolation(violations);
        }
        return ProfileRules.profile(proposed);
    }

    private void checkSupervisor(TeamDefinition definition) {
        if (definition.supervisorAgentId() != null && !agents.exists(definition.supervisorAgentId())) {
            throw new RosterViolation("supervisorAgentId", "is not an agent (register them first)");
        }
    }

    private static void expectVersion(String kind, String id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersion(kind, id, expected, current);
        }
    }

    private static List<AgentSkill> skills(AgentProfile profile) {
        return profile.skills().entrySet().stream().map(skill -> new AgentSkill(skill.getKey(), skill.getValue()))
                .toList();
    }

    private static TeamDefined teamDefined(String teamId, TeamDefinition definition, Instant now) {
        return new TeamDefined(teamId, definition.name(), definition.supervisorAgentId(), definition.strategy(), now);
    }

    /** PostgreSQL keeps microseconds: an instant in an event must read back the same from the table. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
