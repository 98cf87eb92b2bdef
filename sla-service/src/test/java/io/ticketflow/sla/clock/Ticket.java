package io.ticketflow.sla.clock;

import io.ticketflow.api.command.TicketCommand;
import io.ticketflow.api.sla.SlaTarget;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One ticket's life through the engine, the way sla-service lives it: each event and each timer call goes through
 * the engine with the state the previous one left, and everything emitted is kept in order.
 */
final class Ticket {

    private final ClockEngine engine;
    private final TicketEvents events;
    private TicketClocks state;
    private final List<Emitted> emitted = new ArrayList<>();
    private final List<TicketCommand> commands = new ArrayList<>();

    Ticket(ClockEngine engine, UUID ticketId) {
        this.engine = engine;
        this.events = new TicketEvents(ticketId);
    }

    /** The events of this ticket, to feed with {@link #apply}. */
    TicketEvents events() {
        return events;
    }

    Step apply(Timed... timed) {
        List<Emitted> stepEvents = new ArrayList<>();
        List<TicketCommand> stepCommands = new ArrayList<>();
        for (Timed one : timed) {
            Step step = engine.apply(state, one.event(), one.at());
            keep(step);
            stepEvents.addAll(step.events());
            stepCommands.addAll(step.commands());
        }
        return new Step(state, stepEvents, stepCommands);
    }

    Step advance(Instant until) {
        Step step = engine.advance(state, until);
        keep(step);
        return step;
    }

    Step open(TicketType type, Priority priority, Instant at) {
        return apply(events.opened(type, priority, "acme", at));
    }

    TicketClocks state() {
        return state;
    }

    SlaClock clock(SlaTarget target) {
        return state.clock(target).orElseThrow(() -> new AssertionError("no " + target + " clock"));
    }

    List<Emitted> emitted() {
        return List.copyOf(emitted);
    }

    List<TicketCommand> commands() {
        return List.copyOf(commands);
    }

    private void keep(Step step) {
        state = step.state();
        emitted.addAll(step.events());
        commands.addAll(step.commands());
    }
}
