package io.ticketflow.sla.clock;

import java.time.Instant;

/** A ticket event and the instant it happened, as sla-service receives it from the ticket events topic. */
record Timed(Object event, Instant at) {
}
