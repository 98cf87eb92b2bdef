package io.ticketflow.api.wire;

import io.ticketflow.api.ticket.TicketOpened;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every message Ticketflow puts on or accepts from Kafka, by logical name. The logical name is the wire
 * identity; renaming a Java record must not change it.
 */
public final class MessageCatalog {

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageType> BY_CLASS = new LinkedHashMap<>();

    static {
        register("TicketOpened", TicketOpened.class, 1, Topics.TICKET_EVENTS);
    }

    private MessageCatalog() {
    }

    private static void register(String name, Class<?> type, int revision, String topic) {
        MessageType messageType = new MessageType(name, type, revision, topic);
        if (BY_NAME.put(name, messageType) != null || BY_CLASS.put(type, messageType) != null) {
            throw new IllegalStateException("registered twice: " + name);
        }
    }

    public static Optional<MessageType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static MessageType of(Class<?> javaType) {
        MessageType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not a Ticketflow message");
        }
        return type;
    }

    public static boolean isMessage(Class<?> javaType) {
        return BY_CLASS.containsKey(javaType);
    }

    public static Collection<MessageType> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }
}
