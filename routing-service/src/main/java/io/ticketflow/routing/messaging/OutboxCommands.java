package io.ticketflow.routing.messaging;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.messaging.outbox.Outbox;
import io.ticketflow.routing.assignment.CommandOutbox;
import org.springframework.stereotype.Component;

/**
 * Assignment's commands through the outbox: stored with the decision, published once it commits. The
 * envelope's event id is the command id, which ticket-service applies once however often it arrives.
 */
@Component
class OutboxCommands implements CommandOutbox {

    private final Outbox outbox;

    OutboxCommands(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(AssignTicket command) {
        outbox.append(command.commandId(), command.commandId().toString(), command.ticketId().toString(), command,
                command.issuedAt());
    }
}
