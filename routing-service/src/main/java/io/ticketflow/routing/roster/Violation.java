package io.ticketflow.routing.roster;

/** One reason a roster change is refused, naming the request field it is about ({@code skills[1].skill}). */
public record Violation(String field, String reason) {
}
