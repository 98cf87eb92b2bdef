package io.ticketflow.ticket.command;

import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.Requester;
import io.ticketflow.api.ticket.TicketType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Open a new ticket. {@code priority} may be null: the type's default applies. */
public record OpenTicketCommand(
        @TargetAggregateIdentifier UUID ticketId,
        String subject,
        String description,
        Requester requester,
        TicketType type,
        Priority priority,
        Channel channel,
        List<String> tags,
        Map<String, String> customFields,
        Actor openedBy) {

    @Override
    public String toString() {
        // commands are logged by Axon on failure; subject, description and requester are personal data
        return "OpenTicketCommand[ticketId=" + ticketId + ", type=" + type + ", channel=" + channel + "]";
    }
}
