/**
 * Test fixtures for consumers of Ticketflow topics, shipped in the {@code kafka-messaging} test jar so every
 * service's integration test publishes events the way the ticket-service does and checks idempotency the
 * same way, instead of each writing its own.
 */
package io.ticketflow.messaging.testing;
