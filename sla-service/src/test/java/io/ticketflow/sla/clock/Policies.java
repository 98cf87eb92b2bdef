package io.ticketflow.sla.clock;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import io.ticketflow.sla.agreement.EscalationRule;
import io.ticketflow.sla.agreement.SlaPolicy;
import io.ticketflow.sla.agreement.Targets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** SLA policies for tests, written as a policy author states them; targets are ISO durations, "-" for none. */
final class Policies {

    static final Instant SINCE_2026 = Instant.parse("2026-01-01T00:00:00Z");

    private final String id;
    private int version = 1;
    private Instant effectiveFrom = SINCE_2026;
    private int rank = 100;
    private Set<TicketType> types = Set.of();
    private Set<String> organisations = Set.of();
    private final Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
    private int warningThreshold = 75;
    private String calendarId;
    private boolean pauseOnHold;
    private final List<EscalationRule> escalations = new ArrayList<>();
    private boolean retired;

    private Policies(String id) {
        this.id = id;
    }

    static Policies policy(String id) {
        return new Policies(id);
    }

    static EscalationRule raisePriority(EscalationRule.Moment on, SlaTarget target, Priority to) {
        return new EscalationRule(on, target, to, null, false);
    }

    static EscalationRule escalate(EscalationRule.Moment on, SlaTarget target, String teamId) {
        return new EscalationRule(on, target, null, teamId, teamId == null);
    }

    Policies version(int version, Instant effectiveFrom) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        return this;
    }

    Policies rank(int rank) {
        this.rank = rank;
        return this;
    }

    Policies types(TicketType... types) {
        this.types = Set.of(types);
        return this;
    }

    Policies organisations(String... organisations) {
        this.organisations = Set.of(organisations);
        return this;
    }

    Policies targets(Priority priority, String firstResponse, String nextResponse, String resolution) {
        targets.put(priority, new Targets(duration(firstResponse), duration(nextResponse), duration(resolution)));
        return this;
    }

    Policies warningAt(int percent) {
        this.warningThreshold = percent;
        return this;
    }

    Policies calendar(String calendarId) {
        this.calendarId = calendarId;
        return this;
    }

    Policies pauseOnHold() {
        this.pauseOnHold = true;
        return this;
    }

    Policies escalation(EscalationRule rule) {
        escalations.add(rule);
        return this;
    }

    Policies retired() {
        this.retired = true;
        return this;
    }

    SlaPolicy build() {
        return new SlaPolicy(id, version, effectiveFrom, id, rank, types, organisations, targets, warningThreshold,
                calendarId, pauseOnHold, escalations, retired);
    }

    private static Duration duration(String text) {
        return "-".equals(text) ? null : Duration.parse(text);
    }
}
