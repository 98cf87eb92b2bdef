package io.ticketflow.api.ticket;

/**
 * How a ticket relates to the ticket it links to, read from the linking ticket: "this ticket ... that one".
 * The linked ticket sees the inverse ({@link #inverse()}), so one link reads right from both sides.
 */
public enum TicketLinkType {
    /** about a related matter; its own inverse */
    RELATES_TO,
    /** a symptom of the linked ticket, as an incident is of the problem behind it */
    CAUSED_BY,
    /** the linked ticket is a symptom of this one */
    CAUSES,
    /** must be resolved before the linked ticket can be */
    BLOCKS,
    /** cannot be resolved before the linked ticket is */
    BLOCKED_BY;

    /** The same link as the linked ticket reads it. */
    public TicketLinkType inverse() {
        return switch (this) {
            case RELATES_TO -> RELATES_TO;
            case CAUSED_BY -> CAUSES;
            case CAUSES -> CAUSED_BY;
            case BLOCKS -> BLOCKED_BY;
            case BLOCKED_BY -> BLOCKS;
        };
    }
}
