/**
 * W3C trace context across the hops where Micrometer's observations cannot see the cause: a message published
 * after the request that caused it (ticket-service's event publisher, the outbox relay) or decided from a batch
 * of consumed events. {@link io.ticketflow.messaging.tracing.TraceParents} captures the current context as a
 * {@code traceparent} string, which is stored with the message (Axon metadata, an outbox row's headers), and
 * later makes it current again around the send, so the Kafka template's observation writes a {@code traceparent}
 * header in the trace of the original request. Without a tracer on the classpath it does nothing.
 */
package io.ticketflow.messaging.tracing;
