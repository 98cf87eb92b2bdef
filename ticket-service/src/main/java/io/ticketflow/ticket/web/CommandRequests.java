package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.EscalationTrigger;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.ResolutionCode;
import io.ticketflow.api.ticket.TicketLinkType;
import io.ticketflow.api.ticket.TicketType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Bodies of the command endpoints, one record each. Bean Validation answers the obvious mistakes with the
 * field's name before a command is built; the aggregate checks its rules again (commands also arrive from
 * Kafka), and what only it can judge comes back as a {@code TicketRuleViolation}. Who acts is never in a
 * body: it comes from the verified token ({@link ActingParty}).
 */
final class CommandRequests {

    private static final int TEXT = 65536;
    private static final int REASON = 500;
    private static final int ID = 100;

    private CommandRequests() {
    }

    /**
     * @param messageId     optional: a client that chooses it can point at the message before it is readable
     * @param attachmentIds files uploaded to this ticket first ({@code POST /api/tickets/{id}/attachments});
     *                      the event carries their stored references, never what a client claims about them
     */
    public record AddMessage(
            UUID messageId,
            @NotNull MessageVisibility visibility,
            @NotBlank @Size(max = TEXT) String body,
            @Size(max = 20) List<@NotNull UUID> attachmentIds) {

        @Override
        public String toString() {
            return "AddMessage[visibility=" + visibility + "]"; // the body is personal data
        }
    }

    public record Assign(@NotBlank @Size(max = ID) String agentId, @NotBlank @Size(max = ID) String teamId,
            @Size(max = REASON) String reason) {
    }

    public record Unassign(@Size(max = REASON) String reason) {
    }

    public record ChangePriority(@NotNull Priority priority, @NotBlank @Size(max = REASON) String reason) {
    }

    public record Categorize(@NotNull TicketType type, @Size(max = 100) String category,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
    }

    public record ChangeTags(@Size(max = 20) List<@NotBlank @Size(max = 50) String> add,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> remove) {
    }

    /** For await-customer, hold and reopen: each needs only why. */
    public record Reason(@NotBlank @Size(max = REASON) String reason) {
    }

    /**
     * @param trigger      optional, MANUAL when absent; SLA_WARNING and SLA_BREACH only from a system actor
     * @param targetTeamId optional: the team routing should move the ticket to
     */
    public record Escalate(@NotBlank @Size(max = REASON) String reason, EscalationTrigger trigger,
            @Size(max = ID) String targetTeamId) {
    }

    public record Resolve(@NotNull ResolutionCode resolutionCode, @Size(max = TEXT) String note) {

        @Override
        public String toString() {
            return "Resolve[resolutionCode=" + resolutionCode + "]";
        }
    }

    public record RateSatisfaction(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {

        @Override
        public String toString() {
            return "RateSatisfaction[score=" + score + "]";
        }
    }

    public record Merge(@NotNull UUID targetTicketId) {
    }

    public record Link(@NotNull UUID linkedTicketId, @NotNull TicketLinkType type) {
    }
}
