package io.ticketflow.routing.messaging;

import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.wire.Envelope;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.routing.assignment.CommandOutbox;
import io.ticketflow.routing.config.TenantProperties;
import org.springframework.stereotype.Component;

/**
 * Assignment's commands through the outbox: stored with the decision, published once it commits. The
 * envelope's event id is the command id, which ticket-service applies once however often it arrives.
 */
@Component
class OutboxCommands implements CommandOutbox {

    private static final MessageType ASSIGN = MessageCatalog.of(AssignTicket.class);

    private final Outbox outbox;
    private final String tenant;

    OutboxCommands(Outbox outbox, TenantProperties tenant) {
        this.outbox = outbox;
        this.tenant = tenant.tenant();
    }

    @Override
    public void send(AssignTicket command) {
        outbox.append(new Envelope<>(command.commandId(), ASSIGN.name(), ASSIGN.revision(), command.issuedAt(),
                command.commandId().toString(), tenant, command.ticketId().toString(), command));
    }
}
