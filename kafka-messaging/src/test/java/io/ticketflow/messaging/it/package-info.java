/**
 * Integration tests of the shared Kafka plumbing against a real broker and a real PostgreSQL: a tiny
 * application whose only listener records every event it is handed, so the tests can see what reached a
 * projection, what was dead-lettered, and what the inbox kept out.
 */
package io.ticketflow.messaging.it;
