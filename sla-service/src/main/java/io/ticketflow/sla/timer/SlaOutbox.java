package io.ticketflow.sla.timer;

import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.messaging.outbox.Outbox;
import io.ticketflow.sla.clock.Emitted;
import io.ticketflow.sla.clock.Step;
import org.springframework.stereotype.Component;

/**
 * What a step of the clocks publishes: SLA events on {@code ticketflow.sla-events} and escalation commands on
 * {@code ticketflow.ticket-commands}, both keyed by ticket id, written to the outbox in the transaction that
 * stores the clocks. The ids come from the engine (a command's envelope id is its command id), so a step that
 * is computed again publishes the same ids and consumers drop the repeats.
 */
@Component
class SlaOutbox {

    private final Outbox outbox;

    SlaOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param correlationId the correlation id of what caused the step: the ticket event's, or the ticket id when
     *                      the timer fired
     */
    void publish(Step step, String correlationId) {
        for (Emitted emitted : step.events()) {
            outbox.append(emitted.eventId(), correlationId, emitted.event().ticketId().toString(), emitted.event(),
                    emitted.occurredAt());
        }
        for (TicketCommand command : step.commands()) {
            outbox.append(command.commandId(), correlationId, command.ticketId().toString(), command,
                    command.issuedAt());
        }
    }
}
