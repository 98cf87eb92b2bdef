package io.ticketflow.api.sla;

import java.util.UUID;

/** Every SLA event names its ticket and its clock, so consumers can key by ticket and fold by clock. */
public interface SlaEvent {
    UUID ticketId();

    UUID clockId();

    SlaTarget target();
}
