package io.ticketflow.notification.email;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a mail says; the code names its templates ({@code templates/mail/<code>.<locale>.html|txt}), its subject
 * line, its opt-out and its {@code kind} in the delivery log.
 */
public enum EmailKind {
    /** To the requester: we have your request, here is its reference. Starts the ticket's mail thread. */
    TICKET_OPENED("ticket-opened"),
    AGENT_REPLIED("agent-replied"),
    AWAITING_CUSTOMER("awaiting-customer"),
    TICKET_RESOLVED("ticket-resolved"),
    TICKET_REOPENED("ticket-reopened"),
    /** To the assignee. */
    TICKET_ASSIGNED("ticket-assigned"),
    REQUESTER_REPLIED("requester-replied"),
    /** To the assignee and the team's supervisor. */
    SLA_WARNING("sla-warning"),
    SLA_BREACHED("sla-breached");

    private final String code;

    EmailKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EmailKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
