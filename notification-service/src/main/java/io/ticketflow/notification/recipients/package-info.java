/**
 * Who email goes to, as notification-service's own projection of the events that carry it: per ticket the
 * requester's address, name and language, the subject, the assignee, the team and the status; per agent the address
 * and display name; per team its supervisor. Recipients travel as references ({@code requester:<ticket id>},
 * {@code agent:<agent id>}) and are resolved to an address only when a mail is sent, so the delivery log holds no
 * contact data. Everything here is personal data: never logged, never in a {@code toString}.
 */
package io.ticketflow.notification.recipients;
