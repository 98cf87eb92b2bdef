/**
 * Files attached to ticket messages, kept outside the event log: an event carries only an
 * {@code Attachment} reference, so erasing a file never means rewriting history. The bytes go to an
 * {@link io.ticketflow.ticket.attachment.AttachmentStore} under their content address
 * ({@code sha256:<hex>}, stored once however often uploaded); the {@code attachment} table records who
 * uploaded which file to which ticket, and is what a message's attachment ids are resolved against. Knows
 * nothing of HTTP, Kafka or the aggregate: the web and messaging adapters call it.
 */
package io.ticketflow.ticket.attachment;
