package io.ticketflow.api.ticket;

/** Where a request came in. */
public enum Channel {
    WEB, EMAIL, CHAT, PHONE, API
}
