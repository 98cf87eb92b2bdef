package io.ticketflow.sla.agreement;

import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an SLA policy. Policies are tried in ascending {@code rank}; the first whose conditions hold and
 * which has targets for the ticket's priority covers the ticket.
 *
 * @param id               stable id (a slug such as {@code standard})
 * @param version          starts at 1, one more with every change
 * @param effectiveFrom    when this version took effect: tickets opened from then on start under it
 * @param rank             order of matching, lowest first
 * @param types            ticket types covered; empty covers every type
 * @param organisations    requester organisations covered; empty covers every requester
 * @param targets          per priority; a priority without targets is not covered by this policy
 * @param warningThreshold share of a target after which a warning is raised, in percent (1-99)
 * @param calendarId       the business calendar its targets count in; null counts around the clock
 * @param pauseOnHold      whether ON_HOLD pauses the clocks like PENDING does
 * @param escalations      what happens on warnings and breaches
 * @param retired          a retired version covers nothing from its {@code effectiveFrom} on
 */
public record SlaPolicy(String id, int version, Instant effectiveFrom, String name, int rank, Set<TicketType> types,
        Set<String> organisations, Map<Priority, Targets> targets, int warningThreshold, String calendarId,
        boolean pauseOnHold, List<EscalationRule> escalations, boolean retired) {

    public SlaPolicy {
        types = types == null ? Set.of() : Set.copyOf(types);
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
        targets = targets == null || targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        if (warningThreshold < 1 || warningThreshold > 99) {
            throw new IllegalArgumentException("the warning threshold is a percentage from 1 to 99, was "
                    + warningThreshold);
        }
    }

    /** Whether this version covers a ticket with these facts. */
    public boolean covers(TicketType type, Priority priority, String organisation) {
        // Set.copyOf sets throw on contains(null): a requester without an organisation is a normal case
        return !retired
                && (types.isEmpty() || (type != null && types.contains(type)))
                && (organisations.isEmpty() || (organisation != null && organisations.contains(organisation)))
                && priority != null && targets.containsKey(priority);
    }

    public Optional<Targets> targetsFor(Priority priority) {
        return Optional.ofNullable(targets.get(priority));
    }
}
