/**
 * The delivery log and the machinery every channel shares: a notification is recorded once per (triggering event,
 * channel, recipient) in the transaction that consumes the event, then sent by a worker that claims due
 * deliveries with {@code FOR UPDATE SKIP LOCKED}, retries with exponential backoff for a configurable period and
 * records every attempt; {@code NotificationSent} / {@code NotificationFailed} go out through the outbox. A
 * channel (email, webhook) only says how to send one delivery ({@link io.ticketflow.notification.delivery.DeliveryChannel}).
 */
package io.ticketflow.notification.delivery;
