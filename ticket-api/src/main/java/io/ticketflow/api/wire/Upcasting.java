package io.ticketflow.api.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.api.ticket.EscalationTrigger;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a message written at an older schema revision reads at the current one ({@link MessageType#revision()}):
 * one step on the JSON per revision, from n to n + 1, applied in order. The one place that knows what an old
 * revision meant, so every reader agrees: ticket-service's event store upcasts stored events with it, and
 * {@link TicketflowDeserializer} upcasts records that were put on a topic before the change.
 *
 * <p>A step only ever adds what the old revision implied; it never guesses at what it did not record.
 */
public final class Upcasting {

    private static final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> STEPS = new HashMap<>();

    static {
        step("TicketEscalated", 1, Upcasting::escalationTriggeredByHand);
    }

    private Upcasting() {
    }

    private static void step(String messageName, int fromRevision, UnaryOperator<ObjectNode> step) {
        STEPS.computeIfAbsent(messageName, name -> new HashMap<>()).put(fromRevision, step);
    }

    /**
     * Revision 1 had neither trigger nor target team. SLA escalation did not exist yet, so every escalation
     * then was a person's (or a system's on a person's behalf) through the API; none asked for another team.
     */
    private static ObjectNode escalationTriggeredByHand(ObjectNode json) {
        if (!json.hasNonNull("trigger")) {
            json.put("trigger", EscalationTrigger.MANUAL.name());
        }
        return json;
    }

    /** Whether a message of {@code type} written at {@code revision} needs upcasting before it can be read. */
    public static boolean isOutdated(MessageType type, int revision) {
        return revision < type.revision();
    }

    /**
     * The message as its current revision. Changes {@code json} in place and returns it; a message already at
     * (or, from a newer producer, beyond) the current revision is returned as it is.
     *
     * @throws IllegalStateException when a step is missing: a revision was raised without its upcast
     */
    public static ObjectNode toCurrent(MessageType type, int revision, ObjectNode json) {
        ObjectNode current = json;
        for (int from = Math.max(revision, 1); from < type.revision(); from++) {
            UnaryOperator<ObjectNode> step = STEPS.getOrDefault(type.name(), Map.of()).get(from);
            if (step == null) {
                throw new IllegalStateException(type.name() + " has no upcast from revision " + from + " to " + (from + 1));
            }
            current = step.apply(current);
        }
        return current;
    }
}
