package io.ticketflow.reporting.projection;

import io.ticketflow.api.agent.AgentAvailability;
import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.messaging.EventBatch;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Folds ticketflow.agent-events into {@code agent_dim} and {@code team_dim}: the capacity and teams that agent
 * load is measured against, and team names. Never the agents' names or addresses. Each statement writes only the
 * columns its event carries, so an availability change projected before the agent's registration (a registration
 * dead-lettered) still records the agent, and the registration, when it comes, fills in the rest.
 */
class RosterProjection {

    // AgentRegistered and AgentUpdated carry the whole profile; availability is the registration's (OFFLINE) on
    // first sight and otherwise only AgentAvailabilityChanged's to change
    private static final String PROFILE = """
            insert into agent_dim (agent_id, team_ids, max_concurrent_tickets, availability, registered_at, updated_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (agent_id) do update set
                team_ids = excluded.team_ids, max_concurrent_tickets = excluded.max_concurrent_tickets,
                registered_at = coalesce(excluded.registered_at, agent_dim.registered_at),
                updated_at = greatest(excluded.updated_at, agent_dim.updated_at)""";

    private static final String AVAILABILITY = """
            insert into agent_dim (agent_id, team_ids, max_concurrent_tickets, availability, updated_at)
            values (?, '{}', 0, ?, ?)
            on conflict (agent_id) do update set
                availability = excluded.availability, updated_at = greatest(excluded.updated_at, agent_dim.updated_at)""";

    private static final String TEAM = """
            insert into team_dim (team_id, name, strategy, defined_at) values (?, ?, ?, ?)
            on conflict (team_id) do update set
                name = excluded.name, strategy = excluded.strategy, defined_at = excluded.defined_at""";

    private final JdbcTemplate jdbc;

    RosterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // A batch's boundaries are not the same live and in a rebuild, so the outcome must not depend on them: of each
    // kind only an agent's (team's) last event in the batch is written (a multi-row upsert may not touch a row
    // twice anyway), a profile and an availability write different columns, and updated_at only moves forward.
    void apply(EventBatch batch) {
        List<Envelope<Object>> profiles = lastOf(batch.envelopes().stream()
                .filter(e -> e.payload() instanceof AgentRegistered || e.payload() instanceof AgentUpdated)
                .toList(), RosterProjection::agentId);
        profiles(profiles, registrations(batch.of(AgentRegistered.class)));
        availabilities(lastOf(batch.of(AgentAvailabilityChanged.class), e -> e.payload().agentId()));
        teams(lastOf(batch.of(TeamDefined.class), e -> e.payload().teamId()));
    }

    private static <T> List<Envelope<T>> lastOf(List<Envelope<T>> events, Function<Envelope<T>, String> key) {
        Map<String, Envelope<T>> last = new LinkedHashMap<>();
        events.forEach(event -> last.put(key.apply(event), event));
        return List.copyOf(last.values());
    }

    private static String agentId(Envelope<Object> envelope) {
        return envelope.payload() instanceof AgentRegistered registered ? registered.agentId()
                : ((AgentUpdated) envelope.payload()).agentId();
    }

    private static Map<String, Instant> registrations(List<Envelope<AgentRegistered>> registrations) {
        Map<String, Instant> at = new HashMap<>();
        registrations.forEach(e -> at.putIfAbsent(e.payload().agentId(), e.payload().registeredAt()));
        return at;
    }

    /** @param registeredAt when the batch registered an agent, which a later update in the batch must not lose */
    private void profiles(List<Envelope<Object>> profiles, Map<String, Instant> registeredAt) {
        if (profiles.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(PROFILE, profiles, profiles.size(), (statement, envelope) -> {
            Profile profile = envelope.payload() instanceof AgentRegistered registered
                    ? new Profile(registered.agentId(), registered.teamIds(), registered.maxConcurrentTickets(),
                    registered.registeredAt())
                    : Profile.of((AgentUpdated) envelope.payload());
            Instant registered = registeredAt.get(profile.agentId());
            statement.setString(1, profile.agentId());
            statement.setArray(2, statement.getConnection().createArrayOf("text", profile.teamIds().toArray()));
            statement.setInt(3, profile.maxConcurrentTickets());
            statement.setString(4, AgentAvailability.OFFLINE.name());
            statement.setTimestamp(5, registered == null ? null : Timestamp.from(registered));
            statement.setTimestamp(6, Timestamp.from(profile.at()));
        });
    }

    /** What AgentRegistered and AgentUpdated both carry that reporting keeps. */
    private record Profile(String agentId, List<String> teamIds, int maxConcurrentTickets, Instant at) {

        static Profile of(AgentUpdated updated) {
            return new Profile(updated.agentId(), updated.teamIds(), updated.maxConcurrentTickets(),
                    updated.updatedAt());
        }
    }

    private void availabilities(List<Envelope<AgentAvailabilityChanged>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(AVAILABILITY, changes, changes.size(), (statement, envelope) -> {
            AgentAvailabilityChanged change = envelope.payload();
            statement.setString(1, change.agentId());
            statement.setString(2, change.availability().name());
            statement.setTimestamp(3, Timestamp.from(change.changedAt()));
        });
    }

    private void teams(List<Envelope<TeamDefined>> teams) {
        if (teams.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(TEAM, teams, teams.size(), (statement, envelope) -> {
            TeamDefined team = envelope.payload();
            statement.setString(1, team.teamId());
            statement.setString(2, team.name());
            statement.setString(3, team.strategy().name());
            statement.setTimestamp(4, Timestamp.from(team.definedAt()));
        });
    }
}
