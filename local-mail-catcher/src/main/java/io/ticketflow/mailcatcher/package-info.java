/**
 * The local platform's mail catcher: a real SMTP server ({@link io.ticketflow.mailcatcher.SmtpServer}) that accepts
 * every mail on 127.0.0.1 and delivers none, a bounded in-memory {@link io.ticketflow.mailcatcher.MailStore} of the
 * last mails, and an HTTP API ({@link io.ticketflow.mailcatcher.HttpApi}) that lists them with their threading
 * headers and text and HTML parts, serves each one raw and empties the store. Mails carry personal data, so it
 * listens on loopback only, keeps nothing on disk, and its log names counts and sizes, never an address, a subject
 * or a body. It is a development tool of {@code ./ticketflow}, not a part of the platform's production shape.
 */
package io.ticketflow.mailcatcher;
