package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageVisibility;

/**
 * Who may do what. Any actor of kind CUSTOMER counts as the ticket's requester here: the REST API lets a
 * customer act only on a ticket they requested (ticket-service's {@code web.RequesterAccess}, from the verified
 * token), and only systems send commands over Kafka.
 *
 * <p>Only the rules the lifecycle itself needs are here (notes are for staff, ratings and timed reopening
 * are the requester's). Which roles may assign, resolve or close is authorisation, which belongs with
 * identities at the edge, not in the aggregate's lifecycle.
 */
final class ActorRules {

    private ActorRules() {
    }

    static void requireActor(Actor actor) {
        if (actor == null || actor.kind() == null || actor.id() == null || actor.id().isBlank()) {
            throw new TicketRuleViolation("issuedBy", "issuedBy is required, with its kind and id");
        }
    }

    // Requester == any CUSTOMER: the web layer has checked it is this ticket's (see the class comment).
    static boolean isRequester(Actor actor) {
        return actor.kind() == ActorKind.CUSTOMER;
    }

    static void requireRequester(Actor actor, String what) {
        if (!isRequester(actor)) {
            throw new TicketRuleViolation("issuedBy", "only the requester can " + what);
        }
    }

    /**
     * Which action a message is. A public reply from the platform itself is refused: a reply speaks to the
     * requester for someone, and an automatic acknowledgement is not a first response.
     */
    static TicketAction messageAction(MessageVisibility visibility, Actor author) {
        if (visibility == MessageVisibility.INTERNAL_NOTE) {
            return TicketAction.INTERNAL_NOTE;
        }
        return switch (author.kind()) {
            case CUSTOMER -> TicketAction.REQUESTER_REPLY;
            case AGENT -> TicketAction.AGENT_REPLY;
            case SYSTEM -> throw new TicketRuleViolation("visibility",
                    "the platform may add internal notes only; public replies come from an agent or the requester");
        };
    }

    /**
     * What an escalation is recorded as. Absent means MANUAL. The SLA triggers are the platform's own: reports
     * count them as the SLA clock's, so a person (agent or customer) cannot claim one; a system may escalate
     * MANUAL on a person's behalf.
     */
    static EscalationTrigger escalationTrigger(EscalationTrigger requested, Actor actor) {
        if (requested == null || requested == EscalationTrigger.MANUAL) {
            return EscalationTrigger.MANUAL;
        }
        if (actor.kind() != ActorKind.SYSTEM) {
            throw new TicketRuleViolation("trigger", "only the platform (a system actor) escalates with trigger "
                    + requested + "; a person's escalation is MANUAL");
        }
        return requested;
    }

    /** Internal notes are where agents talk among themselves; the requester must never be their author. */
    static void requireNoteAuthor(Actor author) {
        if (isRequester(author)) {
            throw new TicketRuleViolation("visibility",
                    "internal notes are written by agents; the requester can write public replies only");
        }
    }
}
