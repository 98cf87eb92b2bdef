/**
 * Signed webhooks: subscriptions under {@code /api/webhooks} (target URL, event-type filter, write-only secret),
 * the reaction that records one delivery per healthy matching subscription for each ticket and SLA event, and the
 * channel that POSTs it with an HMAC-SHA256 signature over timestamp and body. Targets resolving to loopback,
 * link-local, private, unspecified or multicast addresses are refused when subscribing and again when sending
 * (DNS may have changed since), unless allow-listed; a delivery the log gives up on marks its subscription
 * unhealthy.
 */
package io.ticketflow.notification.webhook;
