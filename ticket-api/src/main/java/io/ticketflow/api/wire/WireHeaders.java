package io.ticketflow.api.wire;

/** Kafka header names every Ticketflow message carries. Values are UTF-8 strings. */
public final class WireHeaders {
    /** UUID of this message; consumers de-duplicate on it. */
    public static final String EVENT_ID = "ticketflow-event-id";
    /** Logical type name such as {@code TicketOpened}; never a Java class name. */
    public static final String EVENT_TYPE = "ticketflow-event-type";
    /** Schema revision of the payload, a positive integer. */
    public static final String SCHEMA_REVISION = "ticketflow-schema-revision";
    /** ISO-8601 instant at which the event happened (not when it was published). */
    public static final String OCCURRED_AT = "ticketflow-occurred-at";
    /** Correlation id of the request that caused it, carried from the gateway through every service. */
    public static final String CORRELATION_ID = "ticketflow-correlation-id";
    /** Tenant the message belongs to. */
    public static final String TENANT = "ticketflow-tenant";
    /**
     * Optional W3C trace context ({@code 00-<trace id>-<span id>-<flags>}) of the span that produced the message:
     * the trace of the request that caused it, when there was one. Standard name, so any tracing consumer
     * continues it.
     */
    public static final String TRACEPARENT = "traceparent";

    /**
     * On {@code ticketflow.intake} only: the sending system's OAuth2 access token (client credentials, role
     * {@code system}), as {@code Bearer <jwt>} or the bare JWT. Its subject, not the submission's
     * {@code sourceSystem}, is who opens the ticket; it must have been valid when the record was written (the
     * broker's timestamp on the platform's topic). Dead-lettered records never carry it.
     */
    public static final String AUTHORIZATION = "ticketflow-authorization";

    /**
     * Optional, on ticket events caused by an intake submission: the verified system that relayed it
     * ({@code SYSTEM:<client id>}, or {@code SYSTEM:unverified:<sourceSystem>} while identities are not required).
     * A {@code MessageAdded} with it is a requester's reply carried by that system.
     */
    public static final String RELAYED_BY = "ticketflow-relayed-by";

    /** Set on dead-lettered records: why the consumer gave up. */
    public static final String DLT_REASON = "ticketflow-dlt-reason";

    private WireHeaders() {
    }
}
