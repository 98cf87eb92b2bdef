package io.ticketflow.sla.agreement;

/** One thing wrong with a proposed calendar or policy: the field, as a path into the request body, and why. */
public record Violation(String field, String reason) {
}
