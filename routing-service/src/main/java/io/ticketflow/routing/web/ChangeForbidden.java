package io.ticketflow.routing.web;

/**
 * The caller's role may use the path, but not on this object (an agent setting another agent's availability):
 * 403 naming the action, as ticket-service answers a requester's staff action.
 */
class ChangeForbidden extends RuntimeException {

    private final String action;

    ChangeForbidden(String action, String reason) {
        super(reason);
        this.action = action;
    }

    /** What was refused, in words. */
    String action() {
        return action;
    }
}
