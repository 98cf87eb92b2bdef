package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.ticket.command.LinkTicketCommand;
import io.ticketflow.ticket.command.UnlinkTicketCommand;
import io.ticketflow.ticket.web.CommandRequests.Link;
import io.ticketflow.ticket.web.TicketCommands.CommandAccepted;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Links between tickets: an incident caused by a problem, a request blocked by another, related reports.
 * The detail view ({@code GET /api/tickets/{id}}) lists a ticket's links from both ends.
 */
@RestController
@RequestMapping("/api/tickets/{ticketId}/links")
public class TicketLinkController {

    private final TicketCommands commands;
    private final OtherTickets otherTickets;

    TicketLinkController(TicketCommands commands, OtherTickets otherTickets) {
        this.commands = commands;
        this.otherTickets = otherTickets;
    }

    /** A closed ticket can be linked to (from a new ticket about the same matter); it must exist. */
    @PostMapping
    public CommandAccepted link(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Link body) {
        otherTickets.requireExists("linkedTicketId", body.linkedTicketId());
        return commands.sendTo(ticketId, new LinkTicketCommand(ticketId, body.linkedTicketId(), body.type(), actor));
    }

    @DeleteMapping("/{linkedTicketId}")
    public CommandAccepted unlink(@PathVariable UUID ticketId, @PathVariable UUID linkedTicketId, Actor actor) {
        return commands.sendTo(ticketId, new UnlinkTicketCommand(ticketId, linkedTicketId, actor));
    }
}
