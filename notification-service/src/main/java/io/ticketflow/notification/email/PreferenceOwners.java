package io.ticketflow.notification.email;

import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.notification.recipients.Recipients;
import io.ticketflow.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Whose opt-outs a caller may read and change: supervisors and admins anyone's, everyone else their own. An agent
 * is {@code agent:<id>} where the id is their token's subject (the identity server's usernames are routing's agent
 * ids); a requester is named by a ticket, {@code requester:<ticket id>}, and is that ticket's requester when their
 * token's email is the ticket's requester address. A ticket this service has not seen yet has no known requester,
 * so only staff may set its opt-outs until it has.
 */
@Component
class PreferenceOwners {

    private final Recipients recipients;

    PreferenceOwners(Recipients recipients) {
        this.recipients = recipients;
    }

    boolean mayManage(Caller caller, RecipientReference recipient) {
        if (caller.hasRole(Caller.SUPERVISOR) || caller.hasRole(Caller.ADMIN)) {
            return true;
        }
        return switch (recipient.kind()) {
            case AGENT -> caller.hasRole(Caller.AGENT) && recipient.id().equals(caller.subject());
            case REQUESTER -> caller.email() != null && recipients.contact(recipient.toString())
                    .map(contact -> contact.email().strip().equalsIgnoreCase(caller.email()))
                    .orElse(false);
        };
    }
}
