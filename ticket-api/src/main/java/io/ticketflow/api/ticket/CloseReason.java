package io.ticketflow.api.ticket;

/** Why a ticket was closed: automatically after resolution, as part of a merge, or by hand. */
public enum CloseReason {
    AUTO_CLOSED, MERGED, MANUAL
}
