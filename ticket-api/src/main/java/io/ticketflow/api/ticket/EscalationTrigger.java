package io.ticketflow.api.ticket;

/**
 * What set an escalation off, so that reports can tell a person's call from the SLA clock's.
 * {@code SLA_WARNING} and {@code SLA_BREACH} come only from the platform itself (a {@code SYSTEM} actor).
 */
public enum EscalationTrigger {
    /** A person asked for it, or a system on a person's behalf, through the API. */
    MANUAL,
    /** An SLA target is about to be missed. */
    SLA_WARNING,
    /** An SLA target was missed. */
    SLA_BREACH
}
