package io.ticketflow.api.ticket;

/** Who may read a ticket message: the requester and agents, or agents only. */
public enum MessageVisibility {
    PUBLIC_REPLY, INTERNAL_NOTE
}
