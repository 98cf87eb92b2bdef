package io.ticketflow.notification.email;

import io.ticketflow.api.sla.SlaBreached;
import io.ticketflow.api.sla.SlaEvent;
import io.ticketflow.api.sla.SlaWarningRaised;
import io.ticketflow.api.ticket.Actor;
import io.ticketflow.api.ticket.ActorKind;
import io.ticketflow.api.ticket.MessageAdded;
import io.ticketflow.api.ticket.MessageVisibility;
import io.ticketflow.api.ticket.TicketAssigned;
import io.ticketflow.api.ticket.TicketAwaitingCustomer;
import io.ticketflow.api.ticket.TicketEvent;
import io.ticketflow.api.ticket.TicketOpened;
import io.ticketflow.api.ticket.TicketReopened;
import io.ticketflow.api.ticket.TicketResolved;
import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.notification.recipients.TicketRecipients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who gets which mail for an event, from the ticket as it stands after the event: the requester hears of their
 * ticket's acknowledgement, public agent replies, waiting on them, resolution (with a satisfaction link) and
 * reopening; the assignee of an assignment and of the requester's replies; the assignee and the team's supervisor
 * of SLA warnings and breaches. Nobody is told of what they did themselves. Plain object: no Spring, no database.
 */
public class EmailRules {

    private final EmailProperties settings;

    public EmailRules(EmailProperties settings) {
        this.settings = settings;
    }

    /** A mail to record: its kind, the recipient's reference and what its templates need besides the address. */
    public record Mail(EmailKind kind, String recipient, Map<String, Object> data) {

        @Override
        public String toString() {
            return "Mail[" + kind + ", recipient=" + recipient + "]";
        }
    }

    /** Whether an event can call for mail at all (so the others cost no lookups). */
    public boolean concerns(Object event) {
        return event instanceof TicketOpened || event instanceof MessageAdded || event instanceof TicketAssigned
                || event instanceof TicketAwaitingCustomer || event instanceof TicketResolved
                || event instanceof TicketReopened || event instanceof SlaWarningRaised || event instanceof SlaBreached;
    }

    /**
     * The mails an event calls for.
     *
     * @param ticket     the ticket after the event; null when this service does not know it (nothing to say)
     * @param supervisor the supervisor of the ticket's team, if any
     */
    public List<Mail> decide(Object event, TicketRecipients ticket, Optional<String> supervisor) {
        if (ticket == null || !concerns(event)) {
            return List.of();
        }
        UUID ticketId = ticket.ticketId();
        List<Mail> mails = new ArrayList<>();
        if (event instanceof TicketOpened) {
            mails.add(toRequester(EmailKind.TICKET_OPENED, ticket, Map.of()));
        } else if (event instanceof MessageAdded e && e.visibility() == MessageVisibility.PUBLIC_REPLY
                && e.author() != null) {
            if (e.author().kind() == ActorKind.AGENT) {
                mails.add(toRequester(EmailKind.AGENT_REPLIED, ticket, text("body", e.body())));
            } else if (e.author().kind() == ActorKind.CUSTOMER && ticket.assigneeAgentId() != null) {
                mails.add(toAgent(EmailKind.REQUESTER_REPLIED, ticket.assigneeAgentId(), ticket,
                        text("body", e.body())));
            }
        } else if (event instanceof TicketAwaitingCustomer e) {
            mails.add(toRequester(EmailKind.AWAITING_CUSTOMER, ticket, text("reason", e.reason())));
        } else if (event instanceof TicketResolved) {
            mails.add(toRequester(EmailKind.TICKET_RESOLVED, ticket, Map.of("satisfactionUrl",
                    settings.satisfactionUrl().replace("{ticketId}", ticketId.toString()))));
        } else if (event instanceof TicketReopened e && !isCustomer(e.reopenedBy())) {
            // a customer's own reopening is no news to them; an agent's (or the system's) is
            mails.add(toRequester(EmailKind.TICKET_REOPENED, ticket, text("reason", e.reason())));
        } else if (event instanceof TicketAssigned e && !isAgent(e.assignedBy(), e.agentId())) {
            mails.add(toAgent(EmailKind.TICKET_ASSIGNED, e.agentId(), ticket, Map.of()));
        } else if (event instanceof SlaWarningRaised e) {
            mails.addAll(toOwners(EmailKind.SLA_WARNING, ticket, supervisor, Map.of("target", e.target().name(),
                    "deadline", e.deadline().toString())));
        } else if (event instanceof SlaBreached e) {
            mails.addAll(toOwners(EmailKind.SLA_BREACHED, ticket, supervisor, Map.of("target", e.target().name(),
                    "deadline", e.deadline().toString())));
        }
        return mails;
    }

    /** The ticket an event is about, for the events this class reads. */
    public static Optional<UUID> ticketOf(Object event) {
        if (event instanceof TicketEvent e) {
            return Optional.ofNullable(e.ticketId());
        }
        if (event instanceof SlaEvent e) {
            return Optional.ofNullable(e.ticketId());
        }
        return Optional.empty();
    }

    private List<Mail> toOwners(EmailKind kind, TicketRecipients ticket, Optional<String> supervisor,
            Map<String, Object> extra) {
        Set<String> agents = new LinkedHashSet<>();
        if (ticket.assigneeAgentId() != null) {
            agents.add(ticket.assigneeAgentId());
        }
        supervisor.ifPresent(agents::add);
        return agents.stream().map(agent -> toAgent(kind, agent, ticket, extra)).toList();
    }

    private Mail toRequester(EmailKind kind, TicketRecipients ticket, Map<String, Object> extra) {
        return new Mail(kind, RecipientReference.requester(ticket.ticketId()),
                data(ticket, settings.localeFor(ticket.language()), extra));
    }

    private Mail toAgent(EmailKind kind, String agentId, TicketRecipients ticket, Map<String, Object> extra) {
        // agents read the platform's default language: their profiles list languages they answer customers in
        return new Mail(kind, RecipientReference.agent(agentId), data(ticket, settings.defaultLocale(), extra));
    }

    private static Map<String, Object> data(TicketRecipients ticket, String locale, Map<String, Object> extra) {
        Map<String, Object> data = new HashMap<>(extra);
        data.put("ticketId", ticket.ticketId().toString());
        data.put("subject", ticket.subject() == null ? "" : ticket.subject());
        data.put("locale", locale);
        return data;
    }

    private static Map<String, Object> text(String name, String value) {
        return value == null ? Map.of() : Map.of(name, value);
    }

    private static boolean isAgent(Actor actor, String agentId) {
        return actor != null && actor.kind() == ActorKind.AGENT && agentId.equals(actor.id());
    }

    private static boolean isCustomer(Actor actor) {
        return actor != null && actor.kind() == ActorKind.CUSTOMER;
    }
}
