/**
 * The email channel end to end: {@link io.ticketflow.notification.email.EmailReaction} decides who gets which mail
 * ({@link io.ticketflow.notification.email.EmailRules}, minus opt-outs), the delivery log records it once per
 * (event, recipient), and {@link io.ticketflow.notification.email.EmailChannel} resolves the address, renders the
 * kind's Thymeleaf templates in the recipient's language (HTML and plain text) and hands the mail to SMTP with
 * threading headers that name the ticket. Opt-outs are kept per recipient and kind under
 * {@code /api/notifications/preferences}.
 */
package io.ticketflow.notification.email;
