package io.ticketflow.ticket.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.api.wire.MessageCatalog;
import io.ticketflow.api.wire.MessageType;
import io.ticketflow.api.wire.Upcasting;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a stored event written at an older revision of the contract as its current revision, before Axon
 * deserializes it: for the aggregate, the projections, the publisher (so Kafka only ever gets the current
 * revision) and the audit trail alike. What each revision step means lives in ticket-api's
 * {@link Upcasting}, shared with the contract's Kafka deserializer; this only adapts it to Axon's
 * intermediate representation (the stored JSON as Jackson's tree).
 *
 * <p>Events stored before revisions were recorded have no {@code payload_revision}: they are revision 1.
 */
final class ContractUpcaster extends SingleEventUpcaster {

    /** Stored payload types are Java class names (Axon's default); map them back to the contract's messages. */
    private static final Map<String, MessageType> BY_STORED_TYPE = MessageCatalog.all().stream()
            .collect(Collectors.toMap(type -> type.javaType().getName(), Function.identity()));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        MessageType type = BY_STORED_TYPE.get(event.getType().getName());
        return type != null && Upcasting.isOutdated(type, storedRevision(event.getType()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        MessageType type = BY_STORED_TYPE.get(event.getType().getName());
        int stored = storedRevision(event.getType());
        return event.upcastPayload(
                new SimpleSerializedType(event.getType().getName(), Integer.toString(type.revision())),
                ObjectNode.class,
                json -> Upcasting.toCurrent(type, stored, json));
    }

    private static int storedRevision(SerializedType type) {
        return type.getRevision() == null ? 1 : Integer.parseInt(type.getRevision());
    }
}
