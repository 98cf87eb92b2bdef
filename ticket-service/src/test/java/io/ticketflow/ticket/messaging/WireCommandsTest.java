package io.ticketflow.ticket.messaging;

import io.ticketflow.api.command.AddTicketMessage;
import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.ExpectedAssignee;
import io.ticketflow.api.command.CloseTicket;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.CloseReason;
import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.ticket.command.AddTicketMessageCommand;
import io.ticketflow.ticket.command.AssignTicketCommand;
import io.ticketflow.ticket.command.CloseTicketCommand;
import io.ticketflow.ticket.command.EscalateTicketCommand;
import io.ticketflow.ticket.command.MergeTicketCommand;
import io.ticketflow.ticket.command.TicketRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireCommandsTest {

    private static final UUID TICKET = UUID.randomUUID();
    private static final Actor AGENT = Actor.agent("carol");

    @Test
    void an_assignment_keeps_agent_team_reason_and_actor() {
        var wire = new AssignTicket(UUID.randomUUID(), TICKET, "agent-7", "team-1", "skills",
                ExpectedAssignee.nobody(), AGENT, Instant.now());

        assertThat(WireCommands.toInternal(wire)).isEqualTo(new AssignTicketCommand(TICKET, "agent-7", "team-1",
                "skills", AGENT, ExpectedAssignee.nobody()));
    }

    @Test
    void an_escalation_keeps_its_trigger_and_target_team() {
        Actor sla = Actor.system("sla-service");
        var wire = new EscalateTicket(UUID.randomUUID(), TICKET, "resolution overdue", EscalationTrigger.SLA_BREACH,
                "escalations", sla, Instant.now());

        assertThat(WireCommands.toInternal(wire)).isEqualTo(new EscalateTicketCommand(TICKET, "resolution overdue",
                EscalationTrigger.SLA_BREACH, "escalations", sla));
    }

    @Test
    void a_message_takes_the_command_id_as_its_message_id_so_a_redelivery_cannot_add_two() {
        UUID commandId = UUID.randomUUID();
        var wire = new AddTicketMessage(commandId, TICKET, MessageVisibility.INTERNAL_NOTE, "note", List.of(), AGENT,
                Instant.now());

        assertThat(((AddTicketMessageCommand) WireCommands.toInternal(wire)).messageId()).isEqualTo(commandId);
    }

    @Test
    void closing_as_merged_is_a_merge_and_closing_by_hand_is_a_close() {
        UUID target = UUID.randomUUID();

        assertThat(WireCommands.toInternal(new CloseTicket(UUID.randomUUID(), TICKET, CloseReason.MERGED, target, AGENT,
                Instant.now()))).isEqualTo(new MergeTicketCommand(TICKET, target, AGENT));
        assertThat(WireCommands.toInternal(new CloseTicket(UUID.randomUUID(), TICKET, CloseReason.MANUAL, null, AGENT,
                Instant.now()))).isEqualTo(new CloseTicketCommand(TICKET, AGENT));
    }

    @Test
    void an_automatic_close_cannot_be_asked_for_from_outside() {
        var wire = new CloseTicket(UUID.randomUUID(), TICKET, CloseReason.AUTO_CLOSED, null, AGENT, Instant.now());

        assertThatThrownBy(() -> WireCommands.toInternal(wire)).isInstanceOf(TicketRuleViolation.class)
                .hasMessageContaining("MANUAL");
    }
}
