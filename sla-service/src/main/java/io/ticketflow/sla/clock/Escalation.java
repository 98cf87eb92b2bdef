package io.ticketflow.sla.clock;

import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.sla.agreement.EscalationRule;
import io.ticketflow.sla.agreement.EscalationRule.Moment;
import io.ticketflow.sla.agreement.SlaPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The commands a policy's escalation rules ask for when one of its clocks is warned about or breached. A command's
 * id derives from the SLA event that set it off, so a replay asks with the same ids and ticket-service applies each
 * once.
 */
final class Escalation {

    static final Actor SLA_SERVICE = Actor.system("sla-service");

    private final UUID ticketId;
    /**
     * Kept in the ticket's state, not per run: whether a warning and a breach fall in one timer call or two must not
     * change how many times the priority is asked for.
     */
    private Priority requested;
    private final List<TicketCommand> commands = new ArrayList<>();

    Escalation(UUID ticketId, Priority requested) {
        this.ticketId = ticketId;
        this.requested = requested;
    }

    /** The rules of {@code policy} for this moment of the {@code target} clock; the ticket has {@code priority}. */
    void on(Moment moment, SlaTarget target, SlaPolicy policy, Priority priority, UUID eventId, Instant at) {
        List<EscalationRule> rules = policy.escalations();
        String reason = "SLA " + target + (moment == Moment.WARNING ? " close to its deadline" : " breached")
                + " (policy " + policy.id() + " v" + policy.version() + ")";
        for (int i = 0; i < rules.size(); i++) {
            EscalationRule rule = rules.get(i);
            if (!rule.appliesTo(moment, target)) {
                continue;
            }
            Priority current = requested != null && requested.compareTo(priority) > 0 ? requested : priority;
            if (rule.raisePriorityTo() != null && rule.raisePriorityTo().compareTo(current) > 0) {
                requested = rule.raisePriorityTo();
                commands.add(new ChangeTicketPriority(StableId.of("ticketflow:sla-command:" + eventId + ":" + i + ":priority"),
                        ticketId, rule.raisePriorityTo(), reason, SLA_SERVICE, at));
            }
            if (rule.escalates()) {
                commands.add(new EscalateTicket(StableId.of("ticketflow:sla-command:" + eventId + ":" + i + ":escalate"),
                        ticketId, reason,
                        moment == Moment.WARNING ? EscalationTrigger.SLA_WARNING : EscalationTrigger.SLA_BREACH,
                        rule.escalationTeamId(), SLA_SERVICE, at));
            }
        }
    }

    /** What was asked is now answered, or a person decided otherwise: later rules may ask again. */
    void priorityChanged() {
        requested = null;
    }

    Priority requested() {
        return requested;
    }

    List<TicketCommand> commands() {
        return commands;
    }
}
