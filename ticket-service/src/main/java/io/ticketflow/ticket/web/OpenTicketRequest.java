package io.ticketflow.ticket.web;

import io.ticketflow.api.ticket.Channel;
import io.ticketflow.api.ticket.Priority;
import io.ticketflow.api.ticket.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/tickets}. Bean Validation gives fast, field-named errors; the aggregate checks
 * the same rules again because commands also arrive from Kafka.
 */
public record OpenTicketRequest(
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 65536) String description,
        @NotNull @Valid RequesterBody requester,
        @NotNull TicketType type,
        Priority priority,
        @NotNull Channel channel,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 2000) String> customFields) {

    public record RequesterBody(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String organisation) {

        @Override
        public String toString() {
            return "RequesterBody[organisation=" + organisation + "]";
        }
    }

    @Override
    public String toString() {
        return "OpenTicketRequest[type=" + type + ", channel=" + channel + "]";
    }
}
