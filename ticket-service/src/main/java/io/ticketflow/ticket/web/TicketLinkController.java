package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.ticket.command.LinkTicketCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
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

import java.util.Optional;
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

    /**
     * A closed ticket can be linked to (from a new ticket about the same matter); it must exist. A link is
     * one fact whichever end made it: when the other ticket already links to this one, the same link asked
     * for from this end changes nothing, and another type is refused like a second link from one end.
     */
    @PostMapping
    public CommandAccepted link(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Link body) {
        UUID other = body.linkedTicketId();
        otherTickets.requireExists("linkedTicketId", other);
        Optional<TicketLinkType> theirs = other.equals(ticketId) ? Optional.empty()
                : otherTickets.linkMadeBy(other, ticketId).map(TicketLinkType::inverse);
        if (theirs.isPresent()) {
            if (theirs.get() == body.type()) {
                return commands.current(ticketId);
            }
            throw new TicketRuleViolation(null, "cannot link the ticket: the other ticket already links to it, read"
                    + " from here as " + theirs.get() + "; remove that link first");
        }
        return commands.sendTo(ticketId, new LinkTicketCommand(ticketId, other, body.type(), actor));
    }

    /**
     * Removes the link between the two tickets, whichever made it; the answer names the ticket whose stream
     * records the removal, and its version.
     */
    @DeleteMapping("/{linkedTicketId}")
    public CommandAccepted unlink(@PathVariable UUID ticketId, @PathVariable UUID linkedTicketId, Actor actor) {
        if (otherTickets.linkMadeBy(ticketId, linkedTicketId).isEmpty()
                && otherTickets.linkMadeBy(linkedTicketId, ticketId).isPresent()) {
            return commands.sendTo(linkedTicketId, new UnlinkTicketCommand(linkedTicketId, ticketId, actor));
        }
        return commands.sendTo(ticketId, new UnlinkTicketCommand(ticketId, linkedTicketId, actor));
    }
}
