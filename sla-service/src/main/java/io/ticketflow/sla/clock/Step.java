package io.ticketflow.sla.clock;

import io.ticketflow.api.command.TicketCommand;

import java.util.List;

/**
 * What one ticket event, or the passing of time, did to a ticket's clocks.
 *
 * @param state    the state after; null when the ticket has no clocks to keep (an event of a ticket never
 *                 seen opened)
 * @param events   SLA events to publish, in order
 * @param commands escalation commands to send, in order
 */
public record Step(TicketClocks state, List<Emitted> events, List<TicketCommand> commands) {

    public Step {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }

    static Step nothing(TicketClocks state) {
        return new Step(state, List.of(), List.of());
    }
}
