package io.ticketflow.ticket.command;

/**
 * A command that the ticket's rules refuse. {@code field} names the offending input (or is null for a
 * rule about the ticket's state), so the REST layer can answer with a problem that points at it.
 */
public class TicketRuleViolation extends RuntimeException {
    private final String field;

    public TicketRuleViolation(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
