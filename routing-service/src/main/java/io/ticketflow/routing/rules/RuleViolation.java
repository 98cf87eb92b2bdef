package io.ticketflow.routing.rules;

/** One thing wrong with a proposed rule set: the field, as a path into the request body, and why. */
public record RuleViolation(String field, String reason) {
}
