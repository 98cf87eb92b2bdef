package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.ticket.command.AwaitCustomerCommand;
import io.ticketflow.ticket.command.CloseTicketCommand;
import io.ticketflow.ticket.command.MergeTicketCommand;
import io.ticketflow.ticket.command.PutTicketOnHoldCommand;
import io.ticketflow.ticket.command.RateSatisfactionCommand;
import io.ticketflow.ticket.command.ReopenTicketCommand;
import io.ticketflow.ticket.command.ResolveTicketCommand;
import io.ticketflow.ticket.command.ResumeTicketCommand;
import io.ticketflow.ticket.web.CommandRequests.Merge;
import io.ticketflow.ticket.web.CommandRequests.RateSatisfaction;
import io.ticketflow.ticket.web.CommandRequests.Reason;
import io.ticketflow.ticket.web.CommandRequests.Resolve;
import io.ticketflow.ticket.web.TicketCommands.CommandAccepted;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Moves through the status machine (README, "Ticket lifecycle"): a move the table refuses is a 409 problem
 * saying why. Each endpoint answers 200 with the ticket's version after the command. A requester may reopen and
 * rate their own ticket; the other moves are staff's.
 */
@RestController
@RequestMapping("/api/tickets/{ticketId}")
public class TicketLifecycleController {

    private final TicketCommands commands;
    private final OtherTickets otherTickets;

    TicketLifecycleController(TicketCommands commands, OtherTickets otherTickets) {
        this.commands = commands;
        this.otherTickets = otherTickets;
    }

    @PostMapping("/await-customer")
    public CommandAccepted awaitCustomer(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Reason body) {
        return commands.sendTo(ticketId, new AwaitCustomerCommand(ticketId, body.reason(), actor));
    }

    @PostMapping("/hold")
    public CommandAccepted hold(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Reason body) {
        return commands.sendTo(ticketId, new PutTicketOnHoldCommand(ticketId, body.reason(), actor));
    }

    @PostMapping("/resume")
    public CommandAccepted resume(@PathVariable UUID ticketId, Actor actor) {
        return commands.sendTo(ticketId, new ResumeTicketCommand(ticketId, actor));
    }

    @PostMapping("/resolve")
    public CommandAccepted resolve(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Resolve body) {
        return commands.sendTo(ticketId, new ResolveTicketCommand(ticketId, body.resolutionCode(), body.note(), actor));
    }

    @PostMapping("/reopen")
    @OpenToRequesters
    public CommandAccepted reopen(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Reason body) {
        return commands.sendTo(ticketId, new ReopenTicketCommand(ticketId, body.reason(), actor));
    }

    @PostMapping("/close")
    public CommandAccepted close(@PathVariable UUID ticketId, Actor actor) {
        return commands.sendTo(ticketId, new CloseTicketCommand(ticketId, actor));
    }

    @PostMapping("/satisfaction")
    @OpenToRequesters
    public CommandAccepted rate(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody RateSatisfaction body) {
        return commands.sendTo(ticketId, new RateSatisfactionCommand(ticketId, body.score(), body.comment(), actor));
    }

    /** This ticket is the duplicate: it closes, linked to the target. */
    @PostMapping("/merge")
    public CommandAccepted merge(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Merge body) {
        otherTickets.requireNotClosed("targetTicketId", body.targetTicketId(),
                "merge into the ticket that carries on the request");
        return commands.sendTo(ticketId, new MergeTicketCommand(ticketId, body.targetTicketId(), actor));
    }
}
