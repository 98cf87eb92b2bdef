package io.ticketflow.api.wire;

import java.util.ArrayList;
import java.util.List;

/** Topic names: part of the public contract (see the AsyncAPI document). */
public final class Topics {
    public static final String TICKET_EVENTS = "ticketflow.ticket-events";
    public static final String TICKET_COMMANDS = "ticketflow.ticket-commands";
    /** Business-rule rejections of commands from {@link #TICKET_COMMANDS}, keyed by ticket id. */
    public static final String TICKET_COMMAND_RESULTS = "ticketflow.ticket-command-results";
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

    /** Every topic the platform creates, with its dead-letter companion, in creation order. */
    public static List<TopicDefinition> definitions() {
        List<TopicDefinition> main = List.of(
                new TopicDefinition(TICKET_EVENTS, 6, TopicDefinition.FOREVER),
                new TopicDefinition(TICKET_COMMANDS, 6, TopicDefinition.SEVEN_DAYS),
                new TopicDefinition(TICKET_COMMAND_RESULTS, 6, TopicDefinition.SEVEN_DAYS),
                // the broker's timestamp: ticket-service judges a submission's token at it, so no sender may choose it
                new TopicDefinition(INTAKE, 6, TopicDefinition.SEVEN_DAYS, true),
                new TopicDefinition(SLA_EVENTS, 6, TopicDefinition.FOREVER),
                new TopicDefinition(AGENT_EVENTS, 3, TopicDefinition.FOREVER),
                new TopicDefinition(NOTIFICATION_EVENTS, 3, TopicDefinition.FOREVER));
        List<TopicDefinition> all = new ArrayList<>(main);
        main.forEach(topic -> all.add(topic.deadLetter()));
        return List.copyOf(all);
    }
}
