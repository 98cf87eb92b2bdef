package io.ticketflow.ticket.web;

/** The caller may not do this to a ticket whatever its state; answered as a 403 problem naming the action. */
class ActionForbidden extends RuntimeException {

    private final String action;

    ActionForbidden(String action, String reason) {
        super(reason);
        this.action = action;
    }

    /** What was refused, in words ("assign", "add an internal note"). */
    String action() {
        return action;
    }

    static ActionForbidden toRequester(String action) {
        return new ActionForbidden(action, "a requester cannot " + action
                + "; agents, supervisors, admins and internal systems can");
    }
}
