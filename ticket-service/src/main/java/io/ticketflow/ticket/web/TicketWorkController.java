package io.ticketflow.ticket.web;

import io.ticketflow.web.ActionForbidden;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.Attachment;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.ticket.attachment.Attachments;
import io.ticketflow.ticket.attachment.InvalidAttachmentReference;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.AssignTicketCommand;
import io.ticketflow.ticket.command.CategorizeTicketCommand;
import io.ticketflow.ticket.command.ChangeTicketPriorityCommand;
import io.ticketflow.ticket.command.ChangeTicketTagsCommand;
import io.ticketflow.ticket.command.EscalateTicketCommand;
import io.ticketflow.ticket.command.UnassignTicketCommand;
import io.ticketflow.ticket.web.CommandRequests.AddMessage;
import io.ticketflow.ticket.web.CommandRequests.Assign;
import io.ticketflow.ticket.web.CommandRequests.Categorize;
import io.ticketflow.ticket.web.CommandRequests.ChangePriority;
import io.ticketflow.ticket.web.CommandRequests.ChangeTags;
import io.ticketflow.ticket.web.CommandRequests.Escalate;
import io.ticketflow.ticket.web.CommandRequests.Unassign;
import io.ticketflow.ticket.web.TicketCommands.CommandAccepted;
import io.ticketflow.web.InvalidParameter;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Working on a ticket without moving it through its lifecycle: the conversation, who owns it, how it is
 * classified and how urgent it is. Each endpoint answers 200 with the ticket's version after the command. Only the
 * conversation is open to requesters: the rest is staff's work.
 */
@RestController
@RequestMapping("/api/tickets/{ticketId}")
public class TicketWorkController {

    private final TicketCommands commands;
    private final Attachments uploads;

    TicketWorkController(TicketCommands commands, Attachments uploads) {
        this.commands = commands;
        this.uploads = uploads;
    }

    /**
     * A public reply or an internal note; answers with the message's id as well. Each of
     * {@code attachmentIds} must be a file uploaded to this ticket, or the answer is a 400 naming the entry. A
     * requester writes public replies only: an internal note from them is a 403.
     */
    @PostMapping("/messages")
    @OpenToRequesters
    public MessageAccepted addMessage(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody AddMessage body) {
        if (actor.kind() == ActorKind.CUSTOMER && body.visibility() == MessageVisibility.INTERNAL_NOTE) {
            throw RequesterAccess.forbiddenToRequester("add an internal note");
        }
        UUID messageId = body.messageId() == null ? UUID.randomUUID() : body.messageId();
        List<Attachment> attachments;
        try {
            attachments = body.attachmentIds() == null ? List.of() : uploads.resolve(ticketId, body.attachmentIds());
        } catch (InvalidAttachmentReference invalid) {
            throw new InvalidParameter("attachmentIds[" + invalid.index() + "]", invalid.getMessage());
        }
        CommandAccepted accepted = commands.sendTo(ticketId, new AddTicketMessageCommand(ticketId, messageId,
                body.visibility(), body.body(), attachments, actor));
        return new MessageAccepted(ticketId, messageId, accepted.version());
    }

    @PostMapping("/assign")
    public CommandAccepted assign(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Assign body) {
        return commands.sendTo(ticketId,
                new AssignTicketCommand(ticketId, body.agentId(), body.teamId(), body.reason(), actor));
    }

    /** The body, and its reason, are optional. */
    @PostMapping("/unassign")
    public CommandAccepted unassign(@PathVariable UUID ticketId, Actor actor,
            @Valid @RequestBody(required = false) Unassign body) {
        String reason = body == null ? null : body.reason();
        return commands.sendTo(ticketId, new UnassignTicketCommand(ticketId, reason, actor));
    }

    @PostMapping("/priority")
    public CommandAccepted changePriority(@PathVariable UUID ticketId, Actor actor,
            @Valid @RequestBody ChangePriority body) {
        return commands.sendTo(ticketId,
                new ChangeTicketPriorityCommand(ticketId, body.priority(), body.reason(), actor));
    }

    @PostMapping("/categorize")
    public CommandAccepted categorize(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Categorize body) {
        return commands.sendTo(ticketId,
                new CategorizeTicketCommand(ticketId, body.type(), body.category(), body.tags(), actor));
    }

    @PostMapping("/tags")
    public CommandAccepted changeTags(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody ChangeTags body) {
        return commands.sendTo(ticketId, new ChangeTicketTagsCommand(ticketId, body.add(), body.remove(), actor));
    }

    @PostMapping("/escalate")
    public CommandAccepted escalate(@PathVariable UUID ticketId, Actor actor, @Valid @RequestBody Escalate body) {
        return commands.sendTo(ticketId,
                new EscalateTicketCommand(ticketId, body.reason(), body.trigger(), body.targetTeamId(), actor));
    }

    public record MessageAccepted(UUID ticketId, UUID messageId, long version) {
    }
}
