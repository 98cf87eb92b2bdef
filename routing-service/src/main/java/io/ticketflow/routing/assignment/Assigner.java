package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.ExpectedAssignee;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.messaging.tracing.TraceParents;
import io.ticketflow.routing.assignment.AgentLoads.Load;
import io.ticketflow.routing.assignment.TeamRoster.Member;
import io.ticketflow.routing.engine.AgentView;
import io.ticketflow.routing.engine.Decision;
import io.ticketflow.routing.engine.Rule;
import io.ticketflow.routing.engine.RoutingEngine;
import io.ticketflow.routing.engine.Strategy;
import io.ticketflow.routing.engine.TeamView;
import io.ticketflow.routing.engine.TicketFacts;
import io.ticketflow.routing.rules.RoutingRules;
import io.ticketflow.routing.rules.RuleSet;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns needs into decisions, in the caller's transaction, on rows it has locked: the engine picks, a slot of
 * the winner's capacity is taken atomically (another instance may have taken the last one: then the engine
 * picks again without that agent), the decision is logged, and a conditional AssignTicket goes to the
 * command outbox. A ticket nobody can take waits in its team's queue, most urgent and oldest first.
 */
@Component
class Assigner {

    static final Actor ROUTING = Actor.system("routing-service");
    /** How many queued tickets one look at a team's queue takes. */
    private static final int QUEUE_BATCH = 50;
    /** How often one decision retries when other instances keep taking its winner's last slot. */
    private static final int SLOT_ATTEMPTS = 3;
    /** How many candidates a logged decision lists, best first; the rest are counted. */
    static final int LOGGED_CANDIDATES = 25;

    private final TeamRoster roster;
    private final RoutingRules rules;
    private final AgentLoads loads;
    private final RoutedTickets tickets;
    private final RoutingDecisions decisions;
    private final CommandOutbox outbox;
    private final Clock clock;
    private final TraceParents traces;

    Assigner(TeamRoster roster, RoutingRules rules, AgentLoads loads, RoutedTickets tickets,
            RoutingDecisions decisions, CommandOutbox outbox, Clock clock, TraceParents traces) {
        this.roster = roster;
        this.rules = rules;
        this.loads = loads;
        this.tickets = tickets;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
        this.traces = traces;
    }

    /**
     * Decides every ticket given, on rows the caller has locked; the caller saves them, with whatever else it
     * changed, in one write (and before anything that reads the queues, such as {@link #released}).
     */
    void route(List<RoutedTicket> toRoute) {
        route(toRoute, cause -> null);
    }

    /**
     * As {@link #route(List)}, each ticket decided in the trace of the event that caused its need (looked up by
     * its event id), so the AssignTicket it sends continues the trace of, say, the request that opened it.
     */
    void route(List<RoutedTicket> toRoute, Function<UUID, String> traceOfCause) {
        if (toRoute.isEmpty()) {
            return;
        }
        Look look = new Look(rules.current());
        for (RoutedTicket ticket : toRoute) {
            traces.run(ticket.needEventId == null ? null : traceOfCause.apply(ticket.needEventId),
                    () -> decide(ticket, look));
        }
    }

    /** The agents lost tickets: their teams' queues may move. */
    void released(Set<String> agents) {
        Set<String> teams = new LinkedHashSet<>();
        for (String agent : agents) {
            teams.addAll(roster.teamsOf(agent));
        }
        teams.forEach(this::drain);
    }

    /** Serves the team's queue while its agents have room. */
    void drain(String teamId) {
        Look look = new Look(rules.current());
        while (true) {
            List<RoutedTicket> queued = tickets.lockQueued(teamId, QUEUE_BATCH);
            int assigned = 0;
            for (RoutedTicket ticket : queued) {
                assigned += decide(ticket, look) == Decision.Outcome.ASSIGNED ? 1 : 0;
            }
            tickets.save(queued);
            if (assigned == 0 || queued.size() < QUEUE_BATCH) {
                return; // nobody had room (the rest would not fit either), or the queue is empty
            }
        }
    }

    /** The rules changed: every ticket no rule matched is decided again, once, in id order. */
    void routeUnmatched() {
        Look look = new Look(rules.current());
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: all zeros comes first
        List<RoutedTicket> batch;
        do {
            batch = tickets.lockUnmatched(after, QUEUE_BATCH);
            for (RoutedTicket ticket : batch) {
                decide(ticket, look);
                after = ticket.ticketId;
            }
            tickets.save(batch);
        } while (batch.size() == QUEUE_BATCH);
    }

    private Decision.Outcome decide(RoutedTicket ticket, Look look) {
        RuleSet ruleSet = look.ruleSet;
        Instant now = clock.instant();
        TicketFacts facts = facts(ticket);
        Rule rule = RoutingEngine.firstMatch(facts, ruleSet.rules());
        // a ticket already with a team (unassigned, escalated there, queued) stays with it; the rule's skills
        // count only when the rule routes to that team
        String teamId = ticket.teamId != null ? ticket.teamId : rule == null ? null : rule.teamId();
        Decision decision = teamId == null
                ? RoutingEngine.decide(facts, ruleSet.rules(), Map.of(), List.of(), Set.of())
                : chooseWithSlot(facts, rule != null && teamId.equals(rule.teamId()) ? rule : null,
                        look.team(teamId), ticket.agentId, now);
        boolean firstLook = ticket.need == RoutedTicket.Need.ROUTE;
        switch (decision.outcome()) {
            case ASSIGNED -> {
                UUID commandId = commandId(ticket);
                outbox.send(new AssignTicket(commandId, ticket.ticketId, decision.agentId(), teamId,
                        decision.explanation(), new ExpectedAssignee(ticket.agentId), ROUTING, now));
                ticket.pendingAgentId = decision.agentId();
                ticket.pendingCommandId = commandId;
                ticket.teamId = teamId;
                ticket.need = RoutedTicket.Need.NONE;
            }
            case QUEUED_NO_CAPACITY, QUEUED_MANUAL, NO_MATCHING_RULE -> {
                ticket.teamId = teamId;
                ticket.need = RoutedTicket.Need.QUEUED; // need_since stays: the queue is ordered by age
            }
        }
        // a queued ticket is looked at again whenever its team has room: only what changes is logged
        if (firstLook || decision.outcome() == Decision.Outcome.ASSIGNED) {
            decisions.record(recorded(ticket, decision, ruleSet, now));
        }
        return decision.outcome();
    }

    private Decision chooseWithSlot(TicketFacts facts, Rule rule, TeamLook team, String owner, Instant now) {
        Set<String> excluded = new HashSet<>();
        if (owner != null) {
            excluded.add(owner); // a reassignment: to someone else
        }
        Decision decision = null;
        for (int attempt = 1; attempt <= SLOT_ATTEMPTS; attempt++) {
            decision = RoutingEngine.chooseAgent(facts, rule, team.view, views(team.members, team.loads), excluded);
            if (decision.outcome() != Decision.Outcome.ASSIGNED) {
                return decision;
            }
            String winner = decision.agentId();
            int capacity = team.members.stream().filter(m -> m.agentId().equals(winner)).findFirst()
                    .map(Member::capacity).orElse(0);
            if (loads.takeSlot(winner, capacity, now)) {
                team.tookSlot(winner, now);
                return decision;
            }
            // another instance filled that slot a moment ago: see the team's loads as they are now
            excluded.add(winner);
            team.loads.putAll(loads.of(team.memberIds()));
        }
        // still racing after a few tries: queue it rather than spin; the next release serves it
        Decision lost = decision;
        return new Decision(facts, lost.rule(), team.view.teamId(), null, Decision.Outcome.QUEUED_NO_CAPACITY,
                lost.candidates(), "queued: the chosen agents' last slots were taken by concurrent decisions");
    }

    /**
     * What one call (a batch of events, a queue drain) knows: the rule set, and per team its strategy, members
     * and their loads, read once; the loads follow the slots this call takes. Another instance's slots show
     * only when a slot cannot be taken (then the loads are read again): the atomic slot keeps capacity exact
     * either way, and a call is short.
     */
    private final class Look {
        final RuleSet ruleSet;
        private final Map<String, TeamLook> teams = new HashMap<>();

        Look(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
        }

        TeamLook team(String teamId) {
            return teams.computeIfAbsent(teamId, id -> {
                List<Member> members = roster.membersOf(id);
                TeamLook team = new TeamLook(roster.team(id).orElse(new TeamView(id, Strategy.DEFAULT)), members);
                team.loads.putAll(loads.of(team.memberIds()));
                return team;
            });
        }
    }

    private static final class TeamLook {
        final TeamView view;
        final List<Member> members;
        final Map<String, Load> loads = new HashMap<>();

        TeamLook(TeamView view, List<Member> members) {
            this.view = view;
            this.members = members;
        }

        List<String> memberIds() {
            return members.stream().map(Member::agentId).toList();
        }

        void tookSlot(String agentId, Instant at) {
            loads.merge(agentId, new Load(1, at), (old, one) -> new Load(old.activeTickets() + 1, at));
        }
    }

    private static List<AgentView> views(List<Member> members, Map<String, Load> current) {
        return members.stream().map(m -> {
            Load load = current.getOrDefault(m.agentId(), Load.NONE);
            return new AgentView(m.agentId(), m.teamIds(), m.skills(), m.languages(), m.capacity(),
                    load.activeTickets(), m.availability(), load.lastAssignedAt());
        }).toList();
    }

    static TicketFacts facts(RoutedTicket ticket) {
        return new TicketFacts(ticket.ticketId, ticket.type, ticket.category, Set.copyOf(ticket.tags), ticket.priority,
                ticket.channel, ticket.language, ticket.organisation, ticket.openedAt);
    }

    /** Derived from what created the need: a redelivered event decides the same command id again. */
    private static UUID commandId(RoutedTicket ticket) {
        return UUID.nameUUIDFromBytes(("assign:" + ticket.ticketId + ":" + ticket.needEventId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static RoutingDecisions.RecordedDecision recorded(RoutedTicket ticket, Decision decision, RuleSet ruleSet,
            Instant now) {
        // the ranked head of the list: a team of a thousand would write a thousand candidates per decision
        List<Map<String, Object>> candidates = new ArrayList<>(decision.candidates().stream()
                .limit(LOGGED_CANDIDATES).map(c -> {
            Map<String, Object> candidate = new LinkedHashMap<>();
            candidate.put("agentId", c.agentId());
            candidate.put("load", c.load());
            candidate.put("capacity", c.capacity());
            candidate.put("skillScore", c.skillScore());
            candidate.put("eligible", c.eligible());
            if (c.note() != null) {
                candidate.put("note", c.note());
            }
            return candidate;
        }).toList());
        int omitted = decision.candidates().size() - LOGGED_CANDIDATES;
        if (omitted > 0) {
            candidates.add(Map.of("omitted", omitted));
        }
        Rule rule = decision.rule();
        return new RoutingDecisions.RecordedDecision(UUID.randomUUID(), ticket.ticketId, ticket.needEventId, now,
                decision.outcome().name(), rule == null ? null : rule.ruleId(), rule == null ? null : rule.name(),
                ruleSet.version(), decision.teamId(), decision.agentId(), decision.explanation(), candidates);
    }
}
