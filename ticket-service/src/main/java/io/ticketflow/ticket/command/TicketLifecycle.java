package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.TicketStatus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.ticketflow.api.ticket.TicketStatus.CLOSED;
import static io.ticketflow.api.ticket.TicketStatus.NEW;
import static io.ticketflow.api.ticket.TicketStatus.ON_HOLD;
import static io.ticketflow.api.ticket.TicketStatus.OPEN;
import static io.ticketflow.api.ticket.TicketStatus.PENDING;
import static io.ticketflow.api.ticket.TicketStatus.RESOLVED;
import static io.ticketflow.ticket.command.TicketAction.*;

/**
 * The ticket's status machine as one table: for each action, the status it leads to from each status, or
 * {@code REFUSED}. Commands consult it before anything else; the README's table is this one in prose.
 *
 * <p>The aggregate's event handlers set the status from the meaning of each event (TicketResumed means OPEN,
 * and so on); {@code TicketTest} walks every cell of this table through the aggregate, which keeps the two
 * in step. Guards that need more than the status (the requester's reopen window, one rating per ticket, an
 * assignee to unassign) are checked by the aggregate after the table allows the move.
 */
final class TicketLifecycle {

    private static final TicketStatus REFUSED = null;

    private static final Map<TicketAction, List<TicketStatus>> TABLE = new EnumMap<>(TicketAction.class);

    static {
        // Columns follow TicketStatus: what the action leads to from NEW, OPEN, PENDING, ON_HOLD, RESOLVED, CLOSED.
        //  action           from NEW   OPEN      PENDING   ON_HOLD   RESOLVED  CLOSED
        row(CATEGORIZE,      NEW,       OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        row(CHANGE_TAGS,     NEW,       OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        row(CHANGE_PRIORITY, NEW,       OPEN,     PENDING,  ON_HOLD,  REFUSED,  REFUSED);
        // being given an owner is the first sign of work: the ticket leaves NEW
        row(ASSIGN,          OPEN,      OPEN,     PENDING,  ON_HOLD,  REFUSED,  REFUSED);
        // allowed on a resolved ticket, so that a later reopening does not land on an agent who has left
        row(UNASSIGN,        REFUSED,   OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        // an agent's public reply is work too; while waiting (pending, on hold, resolved) it changes nothing
        row(AGENT_REPLY,     OPEN,      OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        // the awaited answer resumes a pending ticket and reopens a resolved one (within the reopen window);
        // on hold means waiting on a third party, which the requester's message does not change
        row(REQUESTER_REPLY, NEW,       OPEN,     OPEN,     ON_HOLD,  OPEN,     REFUSED);
        row(INTERNAL_NOTE,   NEW,       OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        // moving straight between the two waiting states saves stopping and restarting SLA clocks for nothing
        row(AWAIT_CUSTOMER,  PENDING,   PENDING,  REFUSED,  PENDING,  REFUSED,  REFUSED);
        row(PUT_ON_HOLD,     ON_HOLD,   ON_HOLD,  ON_HOLD,  REFUSED,  REFUSED,  REFUSED);
        row(RESUME,          REFUSED,   REFUSED,  OPEN,     OPEN,     REFUSED,  REFUSED);
        row(RESOLVE,         RESOLVED,  RESOLVED, RESOLVED, RESOLVED, REFUSED,  REFUSED);
        row(REOPEN,          REFUSED,   REFUSED,  REFUSED,  REFUSED,  OPEN,     REFUSED);
        row(CLOSE,           REFUSED,   REFUSED,  REFUSED,  REFUSED,  CLOSED,   REFUSED);
        row(ESCALATE,        NEW,       OPEN,     PENDING,  ON_HOLD,  REFUSED,  REFUSED);
        row(RATE,            REFUSED,   REFUSED,  REFUSED,  REFUSED,  RESOLVED, REFUSED);
        row(MERGE,           CLOSED,    CLOSED,   CLOSED,   CLOSED,   CLOSED,   REFUSED);
        // links say how tickets relate, whatever state the work is in; a closed ticket is still linked to
        // (from a new ticket about the same matter), it only makes no links of its own any more
        row(LINK,            NEW,       OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        row(UNLINK,          NEW,       OPEN,     PENDING,  ON_HOLD,  RESOLVED, REFUSED);
        if (TABLE.size() != TicketAction.values().length) {
            throw new IllegalStateException("every action needs a row in the status table");
        }
    }

    private TicketLifecycle() {
    }

    /**
     * The status {@code action} leads to from {@code from}.
     *
     * @throws TicketRuleViolation (without a field: it is about the ticket's state) when the table refuses it
     */
    static TicketStatus next(TicketStatus from, TicketAction action) {
        return target(from, action).orElseThrow(() -> new TicketRuleViolation(null, refusal(from, action)));
    }

    /** The status {@code action} leads to from {@code from}, or empty when the move is refused. */
    static Optional<TicketStatus> target(TicketStatus from, TicketAction action) {
        return Optional.ofNullable(TABLE.get(action).get(from.ordinal()));
    }

    /** Why the table refuses {@code action} in {@code from}; names no one and quotes nothing. */
    static String refusal(TicketStatus from, TicketAction action) {
        String rule = from == CLOSED ? TicketAction.CLOSED_IS_FINAL : action.rule();
        return "cannot " + action.phrase() + " while it is " + from + ": " + rule;
    }

    private static void row(TicketAction action, TicketStatus... targets) {
        if (targets.length != TicketStatus.values().length) {
            throw new IllegalStateException(action + " needs one cell per status");
        }
        if (targets[CLOSED.ordinal()] != REFUSED) {
            throw new IllegalStateException("a closed ticket is final, yet " + action + " leaves it");
        }
        boolean refusedBeforeClosure = Arrays.asList(targets).subList(0, CLOSED.ordinal()).contains(REFUSED);
        if (refusedBeforeClosure && action.rule() == null) {
            throw new IllegalStateException(action + " is refused before closure but states no rule to say why");
        }
        TABLE.put(action, Arrays.asList(targets));
    }
}
