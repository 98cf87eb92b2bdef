package io.ticketflow.api.ticket;

public enum Channel {
    WEB, EMAIL, CHAT, PHONE, API
}
