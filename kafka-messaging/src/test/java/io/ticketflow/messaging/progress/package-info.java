/**
 * Integration tests of the progress an {@link io.ticketflow.messaging.IdempotentConsumer} reports, against a real
 * broker and a real PostgreSQL: a tiny application whose only listener keeps every fact it is told once the
 * transaction it was told in commits, so the tests see what a service would have recorded.
 */
package io.ticketflow.messaging.progress;
