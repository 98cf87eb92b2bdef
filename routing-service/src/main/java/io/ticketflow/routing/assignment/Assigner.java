package io.ticketflow.routing.assignment;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.ExpectedAssignee;
import io.ticketflow.api.ticket.Actor;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    private final TeamRoster roster;
    private final RoutingRules rules;
    private final AgentLoads loads;
    private final RoutedTickets tickets;
    private final RoutingDecisions decisions;
    private final CommandOutbox outbox;
    private final Clock clock;

    Assigner(TeamRoster roster, RoutingRules rules, AgentLoads loads, RoutedTickets tickets,
            RoutingDecisions decisions, CommandOutbox outbox, Clock clock) {
        this.roster = roster;
        this.rules = rules;
        this.loads = loads;
        this.tickets = tickets;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Decides every ticket given (locked by the caller) and saves them. */
    void route(List<RoutedTicket> toRoute) {
        if (toRoute.isEmpty()) {
            return;
        }
        RuleSet ruleSet = rules.current();
        for (RoutedTicket ticket : toRoute) {
            decide(ticket, ruleSet);
        }
        tickets.save(toRoute);
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
        RuleSet ruleSet = rules.current();
        while (true) {
            List<RoutedTicket> queued = tickets.lockQueued(teamId, QUEUE_BATCH);
            int assigned = 0;
            for (RoutedTicket ticket : queued) {
                assigned += decide(ticket, ruleSet) == Decision.Outcome.ASSIGNED ? 1 : 0;
            }
            tickets.save(queued);
            if (assigned == 0 || queued.size() < QUEUE_BATCH) {
                return; // nobody had room (the rest would not fit either), or the queue is empty
            }
        }
    }

    /** The rules changed: every ticket no rule matched is decided again, once, in id order. */
    void routeUnmatched() {
        RuleSet ruleSet = rules.current();
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: all zeros comes first
        List<RoutedTicket> batch;
        do {
            batch = tickets.lockUnmatched(after, QUEUE_BATCH);
            for (RoutedTicket ticket : batch) {
                decide(ticket, ruleSet);
                after = ticket.ticketId;
            }
            tickets.save(batch);
        } while (batch.size() == QUEUE_BATCH);
    }

    private Decision.Outcome decide(RoutedTicket ticket, RuleSet ruleSet) {
        Instant now = clock.instant();
        TicketFacts facts = facts(ticket);
        Rule rule = RoutingEngine.firstMatch(facts, ruleSet.rules());
        // a ticket already with a team (unassigned, escalated there, queued) stays with it; the rule's skills
        // count only when the rule routes to that team
        String teamId = ticket.teamId != null ? ticket.teamId : rule == null ? null : rule.teamId();
        Decision decision = teamId == null
                ? RoutingEngine.decide(facts, ruleSet.rules(), Map.of(), List.of(), Set.of())
                : chooseWithSlot(facts, rule != null && teamId.equals(rule.teamId()) ? rule : null, teamId,
                        ticket.agentId, now);
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

    private Decision chooseWithSlot(TicketFacts facts, Rule rule, String teamId, String owner, Instant now) {
        TeamView team = roster.team(teamId).orElse(new TeamView(teamId, Strategy.DEFAULT));
        List<Member> members = roster.membersOf(teamId);
        Set<String> excluded = new HashSet<>();
        if (owner != null) {
            excluded.add(owner); // a reassignment: to someone else
        }
        Decision decision = null;
        for (int attempt = 1; attempt <= SLOT_ATTEMPTS; attempt++) {
            Map<String, Load> current = loads.of(members.stream().map(Member::agentId).toList());
            decision = RoutingEngine.chooseAgent(facts, rule, team, views(members, current), excluded);
            if (decision.outcome() != Decision.Outcome.ASSIGNED) {
                return decision;
            }
            String winner = decision.agentId();
            int capacity = members.stream().filter(m -> m.agentId().equals(winner)).findFirst()
                    .map(Member::capacity).orElse(0);
            if (loads.takeSlot(winner, capacity, now)) {
                return decision;
            }
            excluded.add(winner); // another instance filled that slot a moment ago
        }
        // still racing after a few tries: queue it rather than spin; the next release serves it
        Decision lost = decision;
        return new Decision(facts, lost.rule(), teamId, null, Decision.Outcome.QUEUED_NO_CAPACITY, lost.candidates(),
                "queued: the chosen agents' last slots were taken by concurrent decisions");
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
        List<Map<String, Object>> candidates = decision.candidates().stream().map(c -> {
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
        }).toList();
        Rule rule = decision.rule();
        return new RoutingDecisions.RecordedDecision(UUID.randomUUID(), ticket.ticketId, ticket.needEventId, now,
                decision.outcome().name(), rule == null ? null : rule.ruleId(), rule == null ? null : rule.name(),
                ruleSet.version(), decision.teamId(), decision.agentId(), decision.explanation(), candidates);
    }
}
