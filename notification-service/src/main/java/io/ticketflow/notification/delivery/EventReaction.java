package io.ticketflow.notification.delivery;

import io.ticketflow.api.wire.Envelope;

import java.util.List;

/**
 * What a channel does with consumed events: updates what it keeps (recipients, subscriptions) and answers the
 * deliveries they call for. Every reaction sees every event of ticket-events, sla-events and agent-events, in
 * order per key, inside the transaction that records them in the inbox and the deliveries in the log, so a
 * redelivered event is neither projected nor notified twice.
 */
public interface EventReaction {

    List<NewDelivery> react(List<Envelope<Object>> events);
}
