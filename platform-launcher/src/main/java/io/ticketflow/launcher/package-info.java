/**
 * The local platform behind {@code ./ticketflow}: plain Java with no Spring, so it starts in a fraction of a
 * second and has nothing in common with the services it runs. {@link io.ticketflow.launcher.Main} parses the
 * command line; {@link io.ticketflow.launcher.Platform} starts PostgreSQL (embedded zonky binaries or an existing
 * server), a single-node KRaft Kafka broker in its own JVM, the mail catcher ({@code local-mail-catcher}, which
 * keeps what notification-service sends), the topics of the event contract and every service as its own JVM, and
 * stops them in reverse order. Every process it starts is recorded in a pid file together
 * with its start instant, so {@code down} stops what {@code up} started and never a stranger that reused a pid.
 */
package io.ticketflow.launcher;
