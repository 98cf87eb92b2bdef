package io.ticketflow.api.wire;

import io.ticketflow.api.agent.AgentAvailabilityChanged;
import io.ticketflow.api.agent.AgentRegistered;
import io.ticketflow.api.agent.AgentUpdated;
import io.ticketflow.api.agent.TeamDefined;
import io.ticketflow.api.command.AddTicketMessage;
import io.ticketflow.api.command.AssignTicket;
import io.ticketflow.api.command.AwaitCustomer;
import io.ticketflow.api.command.CategorizeTicket;
import io.ticketflow.api.command.ChangeTicketPriority;
import io.ticketflow.api.command.ChangeTicketTags;
import io.ticketflow.api.command.CloseTicket;
import io.ticketflow.api.command.EscalateTicket;
import io.ticketflow.api.command.ReopenTicket;
import io.ticketflow.api.command.ResolveTicket;
import io.ticketflow.api.command.TicketCommandRejected;
import io.ticketflow.api.command.UnassignTicket;
import io.ticketflow.api.intake.TicketSubmission;
import io.ticketflow.api.notification.NotificationFailed;
import io.ticketflow.api.notification.NotificationSent;
import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaClockPaused;
import io.ticketflow.api.sla.SlaClockResumed;
import io.ticketflow.api.sla.SlaClockRetargeted;
import io.ticketflow.api.sla.SlaClockStarted;
import io.ticketflow.api.sla.SlaClockStopped;
import io.ticketflow.api.sla.SlaMet;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.SatisfactionRated;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketCategorized;
import io.ticketflow.api.ticket.TicketClosed;
import io.ticketflow.api.ticket.TicketEscalated;
import io.ticketflow.api.ticket.TicketLinked;
import io.ticketflow.api.ticket.TicketMerged;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketPriorityChanged;
import io.ticketflow.api.ticket.TicketPutOnHold;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.api.ticket.TicketResumed;
import io.ticketflow.api.ticket.TicketTagsChanged;
import io.ticketflow.api.ticket.TicketUnassigned;
import io.ticketflow.api.ticket.TicketUnlinked;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every message Ticketflow puts on or accepts from Kafka, by logical name. The logical name is the wire
 * identity; renaming a Java record must not change it. The revision registered here is the one place a
 * message's schema revision is kept: the {@code ticketflow-schema-revision} header and ticket-service's
 * event store both take it from here. Raising it needs an upcast from the previous one in {@link Upcasting}.
 */
public final class MessageCatalog {

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageType> BY_CLASS = new LinkedHashMap<>();

    static {
        register("TicketOpened", TicketOpened.class, 1, Topics.TICKET_EVENTS);
        register("TicketCategorized", TicketCategorized.class, 1, Topics.TICKET_EVENTS);
        register("TicketPriorityChanged", TicketPriorityChanged.class, 1, Topics.TICKET_EVENTS);
        register("TicketAssigned", TicketAssigned.class, 1, Topics.TICKET_EVENTS);
        register("TicketUnassigned", TicketUnassigned.class, 1, Topics.TICKET_EVENTS);
        register("MessageAdded", MessageAdded.class, 1, Topics.TICKET_EVENTS);
        register("TicketAwaitingCustomer", TicketAwaitingCustomer.class, 1, Topics.TICKET_EVENTS);
        register("TicketPutOnHold", TicketPutOnHold.class, 1, Topics.TICKET_EVENTS);
        register("TicketResumed", TicketResumed.class, 1, Topics.TICKET_EVENTS);
        register("TicketResolved", TicketResolved.class, 1, Topics.TICKET_EVENTS);
        register("TicketReopened", TicketReopened.class, 1, Topics.TICKET_EVENTS);
        register("TicketClosed", TicketClosed.class, 1, Topics.TICKET_EVENTS);
        register("TicketEscalated", TicketEscalated.class, 2, Topics.TICKET_EVENTS);
        register("SatisfactionRated", SatisfactionRated.class, 1, Topics.TICKET_EVENTS);
        register("TicketMerged", TicketMerged.class, 1, Topics.TICKET_EVENTS);
        register("TicketTagsChanged", TicketTagsChanged.class, 1, Topics.TICKET_EVENTS);
        register("TicketLinked", TicketLinked.class, 1, Topics.TICKET_EVENTS);
        register("TicketUnlinked", TicketUnlinked.class, 1, Topics.TICKET_EVENTS);

        register("AssignTicket", AssignTicket.class, 1, Topics.TICKET_COMMANDS);
        register("UnassignTicket", UnassignTicket.class, 1, Topics.TICKET_COMMANDS);
        register("ChangeTicketPriority", ChangeTicketPriority.class, 1, Topics.TICKET_COMMANDS);
        register("EscalateTicket", EscalateTicket.class, 1, Topics.TICKET_COMMANDS);
        register("AddTicketMessage", AddTicketMessage.class, 1, Topics.TICKET_COMMANDS);
        register("AwaitCustomer", AwaitCustomer.class, 1, Topics.TICKET_COMMANDS);
        register("ResolveTicket", ResolveTicket.class, 1, Topics.TICKET_COMMANDS);
        register("ReopenTicket", ReopenTicket.class, 1, Topics.TICKET_COMMANDS);
        register("CloseTicket", CloseTicket.class, 1, Topics.TICKET_COMMANDS);
        register("CategorizeTicket", CategorizeTicket.class, 1, Topics.TICKET_COMMANDS);
        register("ChangeTicketTags", ChangeTicketTags.class, 1, Topics.TICKET_COMMANDS);

        register("TicketCommandRejected", TicketCommandRejected.class, 1, Topics.TICKET_COMMAND_RESULTS);

        register("TicketSubmission", TicketSubmission.class, 1, Topics.INTAKE);

        register("SlaClockStarted", SlaClockStarted.class, 1, Topics.SLA_EVENTS);
        register("SlaClockPaused", SlaClockPaused.class, 1, Topics.SLA_EVENTS);
        register("SlaClockResumed", SlaClockResumed.class, 1, Topics.SLA_EVENTS);
        register("SlaWarningRaised", SlaWarningRaised.class, 1, Topics.SLA_EVENTS);
        register("SlaBreached", SlaBreached.class, 1, Topics.SLA_EVENTS);
        register("SlaMet", SlaMet.class, 1, Topics.SLA_EVENTS);
        register("SlaClockStopped", SlaClockStopped.class, 1, Topics.SLA_EVENTS);
        register("SlaClockRetargeted", SlaClockRetargeted.class, 1, Topics.SLA_EVENTS);

        register("AgentRegistered", AgentRegistered.class, 1, Topics.AGENT_EVENTS);
        register("AgentUpdated", AgentUpdated.class, 1, Topics.AGENT_EVENTS);
        register("AgentAvailabilityChanged", AgentAvailabilityChanged.class, 1, Topics.AGENT_EVENTS);
        register("TeamDefined", TeamDefined.class, 1, Topics.AGENT_EVENTS);

        register("NotificationSent", NotificationSent.class, 1, Topics.NOTIFICATION_EVENTS);
        register("NotificationFailed", NotificationFailed.class, 1, Topics.NOTIFICATION_EVENTS);
    }

    private MessageCatalog() {
    }

    private static void register(String name, Class<?> type, int revision, String topic) {
        MessageType messageType = new MessageType(name, type, revision, topic);
        if (BY_NAME.put(name, messageType) != null || BY_CLASS.put(type, messageType) != null) {
            throw new IllegalStateException("registered twice: " + name);
        }
    }

    /** Every message type that travels on {@code topic}. */
    public static List<MessageType> onTopic(String topic) {
        return BY_NAME.values().stream().filter(type -> type.topic().equals(topic)).toList();
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

    /** Every message type, in registration order (grouped by topic). */
    public static Collection<MessageType> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }
}
