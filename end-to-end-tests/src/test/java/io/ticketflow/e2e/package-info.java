/**
 * End-to-end tests: the whole platform started exactly as a user starts it ({@code ./ticketflow up --detach},
 * with its own {@code TICKETFLOW_HOME} under {@code target/}), driven over HTTP through the gateway and read back
 * from Kafka, then stopped with {@code ./ticketflow down}. Nothing in here reaches into a service's classes or
 * database: if a user could not observe it, it is not asserted. Also a check that the Docker Compose file, the
 * other way to run the platform, names every process with a health check and a memory limit.
 */
package io.ticketflow.e2e;
