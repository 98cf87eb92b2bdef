package io.ticketflow.ticket.messaging;

import io.ticketflow.api.command.AddTicketMessage;
import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.AwaitCustomer;
import io.ticketflow.api.command.CategorizeTicket;
import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.ChangeTicketTags;
import io.ticketflow.api.command.CloseTicket;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.command.ReopenTicket;
import io.ticketflow.api.command.ResolveTicket;
import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.command.UnassignTicket;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.AssignTicketCommand;
import io.ticketflow.ticket.command.AwaitCustomerCommand;
import io.ticketflow.ticket.command.CategorizeTicketCommand;
import io.ticketflow.ticket.command.ChangeTicketPriorityCommand;
import io.ticketflow.ticket.command.ChangeTicketTagsCommand;
import io.ticketflow.ticket.command.CloseTicketCommand;
import io.ticketflow.ticket.command.EscalateTicketCommand;
import io.ticketflow.ticket.command.MergeTicketCommand;
import io.ticketflow.ticket.command.ReopenTicketCommand;
import io.ticketflow.ticket.command.ResolveTicketCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import io.ticketflow.ticket.command.UnassignTicketCommand;

/**
 * The public commands of {@code ticketflow.ticket-commands} as the service's own commands. The wire
 * records are the contract other systems code against; the internal ones may change with the aggregate.
 */
final class WireCommands {

    private WireCommands() {
    }

    /**
     * @throws TicketRuleViolation   for a command the platform does not take from outside (a business refusal,
     *                               answered on the results topic like any other)
     * @throws IllegalStateException for a command type this mapping does not know (a contract addition
     *                               without its mapping: a defect, dead-lettered)
     */
    static Object toInternal(TicketCommand command) {
        if (command instanceof AssignTicket c) {
            return new AssignTicketCommand(c.ticketId(), c.agentId(), c.teamId(), c.reason(), c.issuedBy(),
                    c.expectedAssignee());
        }
        if (command instanceof UnassignTicket c) {
            return new UnassignTicketCommand(c.ticketId(), c.reason(), c.issuedBy());
        }
        if (command instanceof ChangeTicketPriority c) {
            return new ChangeTicketPriorityCommand(c.ticketId(), c.priority(), c.reason(), c.issuedBy());
        }
        if (command instanceof EscalateTicket c) {
            return new EscalateTicketCommand(c.ticketId(), c.reason(), c.trigger(), c.targetTeamId(), c.issuedBy());
        }
        if (command instanceof AddTicketMessage c) {
            // the command id is the message id: a redelivered command can never add a second message
            return new AddTicketMessageCommand(c.ticketId(), c.commandId(), c.visibility(), c.body(), c.attachments(),
                    c.issuedBy());
        }
        if (command instanceof AwaitCustomer c) {
            return new AwaitCustomerCommand(c.ticketId(), c.reason(), c.issuedBy());
        }
        if (command instanceof ResolveTicket c) {
            return new ResolveTicketCommand(c.ticketId(), c.resolutionCode(), c.note(), c.issuedBy());
        }
        if (command instanceof ReopenTicket c) {
            return new ReopenTicketCommand(c.ticketId(), c.reason(), c.issuedBy());
        }
        if (command instanceof CloseTicket c) {
            return close(c);
        }
        if (command instanceof CategorizeTicket c) {
            return new CategorizeTicketCommand(c.ticketId(), c.type(), c.category(), c.tags(), c.issuedBy());
        }
        if (command instanceof ChangeTicketTags c) {
            return new ChangeTicketTagsCommand(c.ticketId(), c.add(), c.remove(), c.issuedBy());
        }
        throw new IllegalStateException("no mapping for " + command.getClass().getSimpleName());
    }

    private static Object close(CloseTicket command) {
        if (command.reason() == CloseReason.MERGED) {
            return new MergeTicketCommand(command.ticketId(), command.mergedInto(), command.issuedBy());
        }
        if (command.reason() == CloseReason.MANUAL) {
            return new CloseTicketCommand(command.ticketId(), command.issuedBy());
        }
        // AUTO_CLOSED is ticket-service's own durable deadline after resolution, not something to ask for
        throw new TicketRuleViolation("reason", "a ticket is closed from outside with reason MANUAL or MERGED; "
                + "AUTO_CLOSED is ticket-service's own deadline");
    }
}
