package io.ticketflow.sla.agreement;

import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;

/**
 * What to do when a clock of the policy is warned about or breached. Each action becomes one command to
 * ticket-service; several actions in one rule are all taken.
 *
 * @param on              WARNING or BREACH
 * @param target          the clock it applies to; null for every clock
 * @param raisePriorityTo raise the ticket to this priority (never lowers it); null for no change
 * @param escalationTeamId ask routing to move the ticket to this team (an escalation with a target team)
 * @param escalate        escalate the ticket one level (implied when {@code escalationTeamId} is set)
 */
public record EscalationRule(Moment on, SlaTarget target, Priority raisePriorityTo, String escalationTeamId,
        boolean escalate) {

    /** The moments of a clock that can set off an escalation. */
    public enum Moment {
        WARNING, BREACH
    }

    public EscalationRule {
        if (on == null) {
            throw new IllegalArgumentException("an escalation rule needs its moment: WARNING or BREACH");
        }
        if (escalationTeamId != null && escalationTeamId.isBlank()) {
            escalationTeamId = null;
        }
        if (raisePriorityTo == null && escalationTeamId == null && !escalate) {
            throw new IllegalArgumentException("an escalation rule needs at least one action");
        }
    }

    public boolean appliesTo(Moment moment, SlaTarget clock) {
        return on == moment && (target == null || target == clock);
    }

    /** Whether the rule sends {@code EscalateTicket}. */
    public boolean escalates() {
        return escalate || escalationTeamId != null;
    }
}
