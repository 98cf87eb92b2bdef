package io.ticketflow.api.wire;

/** Topic names: part of the public contract (see the AsyncAPI document). */
public final class Topics {
    public static final String TICKET_EVENTS = "ticketflow.ticket-events";
    public static final String TICKET_COMMANDS = "ticketflow.ticket-commands";
    public static final String INTAKE = "ticketflow.intake";
    public static final String SLA_EVENTS = "ticketflow.sla-events";
    public static final String AGENT_EVENTS = "ticketflow.agent-events";
    public static final String NOTIFICATION_EVENTS = "ticketflow.notification-events";

    /** Suffix of the dead-letter topic that receives what a consumer of {@code <topic>} could not handle. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
