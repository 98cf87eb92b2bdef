package io.ticketflow.api.command;

/**
 * Who the sender of an {@link AssignTicket} believes owns the ticket now. Routing decides on what it has
 * seen, which may be behind: a person may have assigned the ticket meanwhile, and a person's choice wins.
 * With an expectation the command applies only if it still holds; otherwise it is rejected and the sender
 * decides again from what it sees next.
 *
 * @param agentId the agent expected to own the ticket; null: nobody is expected to own it
 */
public record ExpectedAssignee(String agentId) {

    public static ExpectedAssignee nobody() {
        return new ExpectedAssignee(null);
    }
}
