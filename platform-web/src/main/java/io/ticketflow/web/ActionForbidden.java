package io.ticketflow.web;

/**
 * The caller's role may use the path, but not for this (a requester assigning, an agent setting another agent's
 * availability): each service answers it as a 403 problem naming the action, next to its other problems.
 */
public class ActionForbidden extends RuntimeException {

    private final String action;

    public ActionForbidden(String action, String reason) {
        super(reason);
        this.action = action;
    }

    /** What was refused, in words ("assign", "add an internal note"). */
    public String action() {
        return action;
    }
}
