/**
 * Events of notification-service, published on {@code ticketflow.notification-events} with the ticket id as
 * key: the delivery log of every email and webhook call. Recipients are references (such as
 * {@code requester:<ticket id>} or {@code agent:<agent id>}), never addresses, so the log holds no contact data.
 */
package io.ticketflow.api.notification;
