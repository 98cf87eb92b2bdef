package io.ticketflow.routing.web;

import io.ticketflow.api.agent.AgentAvailability;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/agents/{id}/availability}. */
record AvailabilityRequest(@NotNull AgentAvailability availability, @Min(1) Long version) {
}
