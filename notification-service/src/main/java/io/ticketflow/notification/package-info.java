/**
 * The notification-service: templates, email and webhook delivery, and the delivery log. Delivery comes
 * later; for now it joins its consumer group on {@code ticketflow.ticket-events} (group
 * {@code notification-service}) and records in its inbox which events it has seen, so that when delivery
 * arrives every notification goes out once. It keeps nothing else and emits nothing yet.
 */
package io.ticketflow.notification;
