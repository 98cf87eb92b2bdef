package io.ticketflow.api.ticket;

/** What kind of party acted: the customer side, a support agent, or an automated part of the platform. */
public enum ActorKind {
    CUSTOMER, AGENT, SYSTEM
}
